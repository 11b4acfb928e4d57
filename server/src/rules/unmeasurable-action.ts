import { compileWordList } from '../engine/patterns';
import { calendarDatePatterns, quantityPatterns } from '../words/en/quantities';
import { quantitySlotPatterns } from '../words/en/placeholder-slots';
import { isOnlyPlaceholders } from './placeholder';
import { offersOnlyReading } from './policy-reading';
import type { Rule, RuleFinding } from '../engine/rule';

const quantity = compileWordList(quantityPatterns, 'i');
const quantitySlot = compileWordList(quantitySlotPatterns, 'i');
const calendarDate = compileWordList(calendarDatePatterns, 'gi');
/** Order IDs and codes that mix letters and digits (ASIN, FNSKU, tracking): their digits count nothing. */
const identifier =
  /(?<![\p{L}\p{N}])(?:[A-Z]?\d{2,3}-\d{7}-\d{7}|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,})(?![\p{L}\p{N}])/gu;
const blank = (found: string) => ' '.repeat(found.length);

/** Whether the item says how much: dates and identifiers are blanked first, since they say when and which. */
export function hasQuantity(text: string): boolean {
  const withoutDates = text.replace(calendarDate, blank).replace(identifier, blank);
  if (/\d/.test(withoutDates)) return true;
  quantity.lastIndex = 0;
  return quantity.test(withoutDates);
}

export const unmeasurableAction: Rule = {
  id: 'unmeasurable-action',
  description: "An action or preventive measure with no number, count, percentage or named quantity ('all 14 buyers', 'every order').",
  defaultSeverity: 'info',
  fixable: false,
  *check(context): Iterable<RuleFinding> {
    const { poa } = context;
    for (const item of poa.items) {
      if (item.section.guessed || (item.kind !== 'actions-taken' && item.kind !== 'preventive-measures')) continue;
      // An item whose number is still template text ("[X] units") is the placeholder rule's to report.
      quantitySlot.lastIndex = 0;
      if (quantitySlot.test(item.text) || isOnlyPlaceholders(item.text) || offersOnlyReading(context, item)) continue;
      if (hasQuantity(item.text)) continue;
      yield {
        start: item.span.start,
        end: item.span.end,
        message:
          'Say how much: add a number a reviewer can check, e.g. ' +
          "'all 14 affected orders', '20 random orders every Friday', 'defects under 1%'.",
      };
    }
  },
};
