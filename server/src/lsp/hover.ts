import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import { findRule } from '../registry';
import { goodExample, readRuleDoc } from './rule-docs';

const severityNames = ['', 'error', 'warning', 'info', 'hint'];

function contains(diagnostic: Diagnostic, position: Position): boolean {
  const { start, end } = diagnostic.range;
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return afterStart && beforeEnd;
}

/** What the rule is about and what good looks like, for each problem under the cursor. */
export function hoverFor(diagnostics: Diagnostic[], position: Position): Hover | null {
  const here = diagnostics.filter((d) => d.source === 'poa' && typeof d.code === 'string' && contains(d, position));
  if (here.length === 0) return null;
  const parts = here.map((diagnostic) => {
    const id = String(diagnostic.code);
    const rule = findRule(id);
    const doc = readRuleDoc(id);
    const example = doc ? goodExample(doc) : undefined;
    const lines = [
      `**${id}** (${severityNames[diagnostic.severity ?? 0] ?? ''})${rule ? `: ${rule.description}` : ''}`,
      '',
      diagnostic.message,
    ];
    if (example) lines.push('', 'Good:', '', '```text', example, '```');
    if (diagnostic.codeDescription?.href) lines.push('', `[About this rule](${diagnostic.codeDescription.href})`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: here[0].range };
}
