import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { PlanOfAction } from '../engine/model';
import { mainSectionKinds } from '../common/settings';
import { templateSnippetPrefix } from '../common/protocol';
import { cased, formatSectionLabel, labelStyle, sectionNames, sectionRank } from '../rule-kit/section-skeleton';

const sectionHelp: Record<(typeof mainSectionKinds)[number], string> = {
  'root-cause': 'Why the problem happened: what in your own process failed.',
  'actions-taken': 'What you have already done, each with its date, who did it and how much.',
  'preventive-measures': 'What stops it recurring: who checks what, how often, from when.',
};

/** The body of the template snippet (prefix `poa-template`) in a parsed snippets file, lines joined. */
export function templateFromSnippets(snippets: unknown): string | undefined {
  if (typeof snippets !== 'object' || snippets === null) return undefined;
  const entries = Object.values(snippets as Record<string, { prefix?: string | string[]; body?: string | string[] }>);
  const entry = entries.find((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(templateSnippetPrefix));
  return entry?.body === undefined ? undefined : Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
}

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/**
 * Section labels at the start of an otherwise empty line, in the document's
 * own style, the missing sections first; the whole template in an empty document.
 */
export function completions(poa: PlanOfAction, position: Position, templateBody: string | undefined): CompletionItem[] {
  const offset = poa.lines.offsetAt(position);
  const lineStart = poa.lines.lineStart(position.line);
  const prefix = poa.text.slice(lineStart, offset);
  const rest = poa.text.slice(offset, poa.lines.lineEnd(position.line));
  const items: CompletionItem[] = [];
  const eol = poa.text.includes('\r\n') ? '\r\n' : '\n';

  // A new document, or one with only the word being typed ("ins", "poa"): offer the whole template.
  const onlyTyping =
    poa.text.trim() === '' || (poa.text.trim() === prefix.trim() && /^[\p{L}-]+$/u.test(prefix.trim()) && rest.trim() === '');
  if (onlyTyping && templateBody) {
    // An edit's range must stay on the line being completed.
    const whole = { start: poa.lines.positionAt(lineStart), end: poa.lines.positionAt(poa.lines.lineEnd(position.line)) };
    items.push({
      label: 'Insert SMART POA template',
      kind: CompletionItemKind.Snippet,
      detail: 'Subject, root cause, actions taken, preventive measures',
      documentation: 'The full Plan of Action with a SMART skeleton for every action: who, what and how much, when.',
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: whole, newText: templateBody.replace(/\n/g, eol) },
      filterText: 'Insert SMART POA template',
      sortText: '0',
      preselect: true,
    });
  }

  const typed = /^([ \t]*)(#{1,6}[ \t]+|\*\*|__)?([\p{L}][\p{L} '’]{0,40})?$/u.exec(prefix);
  if (!typed || rest.trim() !== '') return items;
  const [, indent, syntax = '', word = ''] = typed;
  const style = labelStyle(poa);
  const present = new Set(poa.sections.map((s) => s.kind));
  const range = { start: poa.lines.positionAt(lineStart + indent.length + (syntax ? syntax.length : 0)), end: position };
  for (const kind of mainSectionKinds) {
    const name = cased(sectionNames[kind], style.letterCase);
    let label: string;
    if (syntax.startsWith('#')) label = name;
    else if (syntax) label = `${name}:${syntax}`;
    else label = formatSectionLabel(kind, style);
    const after = style.blankAfterLabel || style.style === 'heading' ? eol + eol : eol;
    const missing = !present.has(kind);
    items.push({
      label: sectionNames[kind],
      kind: CompletionItemKind.Module,
      detail: missing ? 'Section label (missing from this plan)' : 'Section label',
      documentation: sectionHelp[kind],
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${escapeSnippet(label)}${after}$0` },
      filterText: name,
      sortText: `${missing ? 1 : 2}-${sectionRank[kind]}`,
      ...(missing && word === '' && kind === mainSectionKinds.find((k) => !present.has(k)) && { preselect: true }),
    });
  }
  return items;
}
