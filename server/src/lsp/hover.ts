import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import { goodExample, readRuleDoc } from './rule-docs';

function contains(diagnostic: Diagnostic, position: Position): boolean {
  const { start, end } = diagnostic.range;
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return afterStart && beforeEnd;
}

/** The lines of the doc's good example that the message does not already quote: the hover shows something new. */
function freshExample(example: string, message: string): string | undefined {
  const quoted = [...message.matchAll(/'([^']{12,})'/g)].map((m) => m[1].toLowerCase());
  const lines = example
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .filter((line) => !quoted.some((q) => line.toLowerCase().includes(q) || q.includes(line.replace(/^[-•*\d.)\s]+/, '').toLowerCase())));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * For each problem under the cursor: its message (unless the editor already
 * shows diagnostics in its hover, as VS Code does), one good example that
 * differs from what the message says, and a link to the rule.
 */
export function hoverFor(diagnostics: Diagnostic[], position: Position, editorShowsMessages = false): Hover | null {
  const here = diagnostics.filter((d) => d.source === 'poa' && typeof d.code === 'string' && contains(d, position));
  if (here.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const diagnostic of here) {
    const id = String(diagnostic.code);
    const lines: string[] = editorShowsMessages ? [] : [diagnostic.message];
    const doc = readRuleDoc(id);
    const example = doc && !seen.has(id) ? goodExample(doc) : undefined;
    const fresh = example ? freshExample(example, diagnostic.message) : undefined;
    if (fresh) lines.push(`${lines.length ? '\n' : ''}Good:`, '', '```text', fresh, '```');
    if (diagnostic.codeDescription?.href && !seen.has(id)) lines.push('', `[About ${id}](${diagnostic.codeDescription.href})`);
    seen.add(id);
    if (lines.length > 0) parts.push(lines.join('\n').trim());
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: here[0].range };
}
