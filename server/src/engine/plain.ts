import type { HiddenSpan, SourceBlock, SourceLayout } from './markdown';
import type { Span } from './text';

/** Bullets and numbering as sellers type or paste them into Seller Central. */
export const plainListMarker = /^([ \t]*)([•◦▪▫●○■□➢➤►▶✓✔☐☑·–—*+-]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\d{1,2}\)|\([a-zA-Z]\))[ \t]+(?=\S)/;

export interface Line {
  start: number;
  end: number;
}

export function splitLines(text: string, span: Span = { start: 0, end: text.length }): Line[] {
  const lines: Line[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ start, end: i });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: span.end });
  return lines;
}

/**
 * Amazon's notice pasted into plain text, fenced as in Markdown:
 * ```notification (or ```rejection) on a line of its own, then the notice,
 * then ``` (or the end of the text). Only these two fences are read: other
 * backticks in pasted text are the seller's.
 */
export function noticeFences(text: string): HiddenSpan[] {
  if (!/^[ \t]*(?:`{3,}|~{3,})[ \t]*(?:notification|rejection)\b/im.test(text)) return [];
  const fences: HiddenSpan[] = [];
  const opening = /^[ \t]*(`{3,}|~{3,})[ \t]*(notification|rejection)\b[^\r\n]*/gim;
  for (let open = opening.exec(text); open; open = opening.exec(text)) {
    const closing = new RegExp(`^[ \\t]*${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}[ \\t]*\\r?$`, 'gm');
    closing.lastIndex = open.index + open[0].length;
    const close = closing.exec(text);
    const end = close ? close.index + close[0].length : text.length;
    fences.push({ start: open.index, end, reason: 'code', info: open[2].toLowerCase() });
    opening.lastIndex = end;
  }
  return fences;
}

/** Sentence punctuation at the end of a line, before any closing quote or bracket; a colon opens what follows. */
const endsSentence = /[.!?;:]["'”’)\]]*\s*$/;

/**
 * Whether a line with no marker may go on with the list item whose last line
 * is `itemLine`, as Markdown's lazy continuation runs it on: the item's line
 * ends mid-sentence ("• We trained 2 more staff to pack and confirm" then
 * "orders on 3 June 2026."), or names a topic the next line tells ("1.
 * Staffing" then "On 3 June 2026 we …"), or the line goes on in lower case.
 * A new sentence after a finished one is a block of its own, and so is a line
 * that introduces a list. Whether the line is a label, the parser decides.
 */
export function mayContinueItem(itemLine: string, line: string): boolean {
  if (plainListMarker.test(line) || /:\s*$/.test(line)) return false;
  return !endsSentence.test(itemLine) || /^\s*\p{Ll}/u.test(line);
}

/** Says whether a line goes on with the list item above it: the parser's reading, which knows labels. */
export type ContinuesItem = (itemLine: string, line: string) => boolean;

/**
 * Lays out plain text: blank lines end paragraphs, each bullet line is an
 * item, and an item goes on over the lines `continuesItem` runs on with it.
 */
export function layoutPlainText(text: string, continuesItem: ContinuesItem = mayContinueItem): SourceLayout {
  const blocks: SourceBlock[] = [];
  const hidden: HiddenSpan[] = [];
  let current: SourceBlock | undefined;
  let previousLine = '';

  for (const comment of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    hidden.push({ start: comment.index, end: comment.index + comment[0].length, reason: 'comment' });
  }
  const notices = noticeFences(text);
  hidden.push(...notices);

  let notice = 0;
  for (const line of splitLines(text)) {
    while (notice < notices.length && notices[notice].end < line.start) notice++;
    if (notice < notices.length && notices[notice].start <= line.start) {
      current = undefined;
      continue;
    }
    const content = text.slice(line.start, line.end);
    const itemLine = previousLine;
    previousLine = content;
    if (!content.trim()) {
      current = undefined;
      continue;
    }
    if (/^\s*>/.test(content)) {
      hidden.push({ ...line, reason: 'quote' });
      current = undefined;
      continue;
    }
    const marker = plainListMarker.exec(content);
    if (marker) {
      const indent = marker[1].replace(/\t/g, '    ').length;
      const depth = Math.floor(indent / 2) + (/[◦▫○]/.test(marker[2]) ? 1 : 0);
      hidden.push({ start: line.start, end: line.start + marker[0].length, reason: 'syntax' });
      current = { kind: 'item', span: { start: line.start + marker[0].length, end: line.end }, depth };
      blocks.push(current);
    } else if (
      current &&
      (current.kind === 'paragraph' || /^\s/.test(content) || (current.kind === 'item' && continuesItem(itemLine, content)))
    ) {
      current.span = { start: current.span.start, end: line.end };
    } else {
      current = { kind: 'paragraph', span: { start: line.start, end: line.end }, depth: 0 };
      blocks.push(current);
    }
  }
  return { blocks, hidden };
}
