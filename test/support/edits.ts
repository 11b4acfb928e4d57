import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/engine/text';

export function offsetRange(text: string, range: Range): { start: number; end: number } {
  const lines = new LineIndex(text);
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

/**
 * Applies LSP text edits as an editor does: all ranges refer to the original
 * text, and insertions at one point appear in the order they are listed.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits.map((edit, index) => ({ ...offsetRange(text, edit.range), newText: edit.newText, index }));
  resolved.sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i].end > resolved[i - 1].start)
      throw new Error(
        `overlapping edits at offsets ${resolved[i].start}-${resolved[i].end} and ${resolved[i - 1].start}-${resolved[i - 1].end}`,
      );
  }
  let out = text;
  for (const edit of resolved) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

export function contains(outer: Range, inner: Range): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

export function isEmptyRange(range: Range): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}
