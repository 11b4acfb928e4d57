import type { Span } from './text';

/**
 * Stretches in quotation marks within a sentence: a buyer's words, a label
 * printed on a box ('FRAGILE – DO NOT DROP'). Tone rules do not judge them.
 * A straight single quote opens only after a non-letter, so apostrophes
 * ("didn't", "buyers'") never open one.
 */
const quoted = /"[^"\r\n]*"|“[^”\r\n]*”|‘[^’\r\n]*’|(?<![\p{L}\p{N}])'[^'\r\n]+'(?![\p{L}\p{N}])/gu;

export function quotedSpans(text: string, offset = 0): Span[] {
  if (!/["“‘']/.test(text)) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(quoted)) spans.push({ start: match.index + offset, end: match.index + match[0].length + offset });
  return spans;
}

export function isInside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}
