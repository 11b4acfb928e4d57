import { compileWordList, matchAll, quote } from '../engine/patterns';
import { placeholderPatterns } from '../words/en/placeholders';
import type { Rule, RuleFinding } from '../engine/rule';

/** Case matters: "TBD" and "XXX" are placeholders, "tbd" in prose is rare and "xxx" is not ours to judge. */
export const placeholderPattern = compileWordList(placeholderPatterns, 'g');
const bracketed = /^\[/;

/** An item that is nothing but template text ("[Describe your actions here]"): its section is empty-section's to report. */
export function isOnlyPlaceholders(text: string): boolean {
  return !/\p{L}/u.test(text.replace(placeholderPattern, ' '));
}

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'Unfilled template text such as [Date], [Your Seller ID], B0XXXXXXXX or TBD.',
  defaultSeverity: 'error',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    for (const match of matchAll(placeholderPattern, poa.masked)) {
      if (bracketed.test(match.text) && /^\[[ xX]\]$/.test(match.text) && /^\s*[-*+•]?\s*$/.test(lineBefore(poa.masked, match.start))) continue;
      yield {
        start: match.start,
        end: match.end,
        message: `Unfilled placeholder ${quote(match.text)}: replace it with the real ${describe(match.text)} before you submit.`,
        fixes: [{ title: 'Select the placeholder to fill it', edits: [], select: { start: match.start, end: match.end } }],
      };
    }
  },
};

function lineBefore(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return text.slice(lineStart, offset);
}

function describe(token: string): string {
  const inner = token.replace(/^[[<{$]+|[\]>}]+$/g, '').trim();
  if (/^B0X/i.test(token) || /^X{10}$/.test(token)) return 'ASIN';
  if (/-/.test(token) && /X/.test(token)) return 'order ID';
  if (/^(?:TBD|TBC|TODO|FIXME)$/.test(token)) return 'detail';
  if (/^(?:X{1,3}|N)$/.test(token) || /^\$X/.test(token)) return 'number';
  if (/MM|DD|YYYY/.test(token)) return 'date';
  if (inner && inner.length <= 40) {
    const what = inner.replace(/^(?:insert|enter|add|fill|put)\s+/i, '').replace(/^your\s+/i, '');
    return /^[A-Z][a-z]/.test(what) ? what[0].toLowerCase() + what.slice(1) : what;
  }
  return 'text';
}
