import { abbreviations as abbreviationList, continuesSentence, initial } from '../words/en/sentences';
import type { Span } from './text';

const abbreviations = new Set(abbreviationList);

/** Splits prose into sentences: at . ! ? followed by space and anything but a lower-case word. */
export function splitSentences(masked: string, span: Span): Span[] {
  const sentences: Span[] = [];
  const region = masked.slice(span.start, span.end);
  // A footnote reference may follow the full stop: "…their photograph.[^1] Our designer…"
  const boundary = /[.!?]+["'”’)\]]*(?:\[\^[^\]\s]{1,20}\])?(?=\s|$)/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(region)) !== null) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const before = /([A-Za-z.]+)$/.exec(region.slice(Math.max(0, match.index - 12), match.index));
      if (before && (abbreviations.has(before[1].toLowerCase()) || initial.test(before[1]))) continue;
    }
    const next = /\S/.exec(region.slice(end, end + 40));
    if (next && continuesSentence.test(next[0])) continue;
    pushTrimmed(region, start, end, span.start, sentences);
    start = end;
  }
  pushTrimmed(region, start, region.length, span.start, sentences);
  return sentences;
}

/** White space and pictographs (emoji used as bullets) before a sentence's first word. */
const leading = /^(?:[\s\p{Extended_Pictographic}\p{So}]|\u200d|\ufe0f)+/u;

function pushTrimmed(text: string, start: number, end: number, offset: number, into: Span[]): void {
  const lead = leading.exec(text.slice(start, Math.min(end, start + 64)));
  if (lead) start += lead[0].length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) into.push({ start: start + offset, end: end + offset });
}
