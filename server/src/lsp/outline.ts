import { lineStartOf } from '../engine/text';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { PlanOfAction, Section } from '../engine/model';
import type { Span } from '../engine/text';

const kindNames: Record<Section['kind'], string> = {
  'root-cause': 'root cause',
  'actions-taken': 'actions taken',
  'preventive-measures': 'preventive measures',
  other: '',
};

/** The section from the start of its label line to its last character that is not white space. */
function sectionSpan(poa: PlanOfAction, section: Section): Span {
  let end = section.body.end;
  while (end > section.label.end && /\s/.test(poa.text[end - 1])) end--;
  return { start: lineStartOf(poa.text, section.label.start), end: Math.max(end, section.label.end) };
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Sections for the outline and breadcrumbs, each with its action items as children. */
export function documentSymbols(poa: PlanOfAction): DocumentSymbol[] {
  const range = (span: Span) => ({ start: poa.lines.positionAt(span.start), end: poa.lines.positionAt(span.end) });
  return poa.sections.map((section) => {
    const children: DocumentSymbol[] = poa.items
      .filter((item) => item.section === section)
      .map((item) => ({
        name: shorten(item.text) || '(empty item)',
        kind: SymbolKind.Event,
        range: range(item.span),
        selectionRange: range(item.span),
      }));
    const name = shorten(section.labelText.replace(/[:\s]+$/, '')) || kindNames[section.kind] || '(untitled section)';
    return {
      name,
      ...(kindNames[section.kind] && { detail: kindNames[section.kind] }),
      kind: section.kind === 'other' ? SymbolKind.String : SymbolKind.Module,
      range: range(sectionSpan(poa, section)),
      selectionRange: range(section.label),
      children,
    };
  });
}

/**
 * Each section folds to its label line. A folding provider replaces the
 * editor's indentation folding, so <!-- #region --> markers are kept here too.
 */
export function foldingRanges(poa: PlanOfAction): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of poa.sections) {
    const span = sectionSpan(poa, section);
    const startLine = poa.lines.positionAt(span.start).line;
    const endLine = poa.lines.positionAt(span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  const open: number[] = [];
  for (let line = 0; line < poa.lines.lineCount; line++) {
    const content = poa.text.slice(poa.lines.lineStart(line), poa.lines.lineEnd(line));
    if (/^\s*<!--\s*#region\b/.test(content)) open.push(line);
    else if (/^\s*<!--\s*#endregion\b/.test(content)) {
      const startLine = open.pop();
      if (startLine !== undefined && line > startLine) ranges.push({ startLine, endLine: line, kind: FoldingRangeKind.Region });
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
