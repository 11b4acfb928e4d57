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

/** Lays out plain text: blank lines end paragraphs, each bullet line is an item. */
export function layoutPlainText(text: string): SourceLayout {
  const blocks: SourceBlock[] = [];
  const hidden: HiddenSpan[] = [];
  let current: SourceBlock | undefined;

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
    } else if (current && (current.kind === 'paragraph' || /^\s/.test(content))) {
      current.span = { start: current.span.start, end: line.end };
    } else {
      current = { kind: 'paragraph', span: { start: line.start, end: line.end }, depth: 0 };
      blocks.push(current);
    }
  }
  return { blocks, hidden };
}
