import { quote } from '../engine/patterns';
import type { Rule, RuleFinding } from '../engine/rule';

/** Three groups of digits (or a letter O) joined by dashes, roughly 3-7-7. */
const orderLike = /(?<![\p{L}\p{N}-])[\dOo]{2,4}[-–][\dOo]{5,9}[-–][\dOo]{5,9}(?![\p{L}\p{N}]|-\d)/gu;
const validOrder = /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/;
/** B0 (or BO, b0) and a run of letters and digits: an ASIN with a slip. */
const asinLike = /(?<![\p{L}\p{N}-])[Bb][0Oo][A-Za-z0-9]{6,10}(?![\p{L}\p{N}])/gu;
const validAsin = /^B0[A-Z0-9]{8}$/;
/** Template text or a masked ID ("B0XXXXXXXX", "B00XXXXX1") is the placeholder rule's to report. */
const asinPlaceholder = /^B0[A-Z0-9]*(?:X{3,}|x{3,})/;

function orderProblem(id: string): string {
  if (/[Oo]/.test(id)) return 'has the letter O where a zero belongs';
  if (/–/.test(id)) return 'has an en dash where a hyphen belongs';
  const lengths = id
    .split('-')
    .map((group) => group.length)
    .join('-');
  return `has groups of ${lengths} digits`;
}

function asinProblem(id: string): string {
  if (/^B[Oo]/i.test(id)) return 'starts with the letter O instead of B0 (zero)';
  if (id.length !== 10) return `has ${id.length} characters`;
  return 'has lower-case letters';
}

export const malformedId: Rule = {
  id: 'malformed-id',
  description: 'A token shaped almost like an order ID (123-1234567-1234567) or an ASIN (B0 and 8 letters or digits) but wrong.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    const text = poa.masked;
    const found: RuleFinding[] = [];
    for (const match of text.matchAll(orderLike)) {
      const id = match[0];
      if (validOrder.test(id)) continue;
      const digits = id.replace(/\D/g, '').length;
      if (digits < 14 || digits > 20) continue;
      found.push({
        start: match.index,
        end: match.index + id.length,
        message:
          `${quote(id)} is not a valid order ID: it ${orderProblem(id)}. ` +
          `An Amazon order ID is 3-7-7 digits, e.g. 112-1234567-1234567; copy it from Seller Central.`,
      });
    }
    if (/[Bb][0Oo]/.test(text)) {
      for (const match of text.matchAll(asinLike)) {
        const id = match[0];
        if (validAsin.test(id) || asinPlaceholder.test(id)) continue;
        // An ASIN has digits; "Bookkeeping" or "boosted" are words.
        const digits = id.slice(2).replace(/\D/g, '').length;
        if (digits < 2) continue;
        found.push({
          start: match.index,
          end: match.index + id.length,
          message:
            `${quote(id)} is not a valid ASIN: it ${asinProblem(id)}. ` +
            `An ASIN is B0 and 8 capital letters or digits, e.g. B07XJ8C8F5; copy it from the listing.`,
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    yield* found;
  },
};
