import { compileWordList } from '../analysis/patterns';
import { calendarDatePatterns, quantityPatterns } from '../words/quantities';
import { placeholderPattern } from './placeholder';
import type { Rule, RuleFinding } from './types';

const quantity = compileWordList(quantityPatterns, 'i');
const calendarDate = compileWordList(calendarDatePatterns, 'gi');

/** Whether the item says how much: dates are blanked first, since they say when. */
export function hasQuantity(text: string): boolean {
  const withoutDates = text.replace(calendarDate, (date) => ' '.repeat(date.length));
  if (/\d/.test(withoutDates)) return true;
  quantity.lastIndex = 0;
  return quantity.test(withoutDates);
}

export const unmeasurableAction: Rule = {
  id: 'unmeasurable-action',
  description: "An action or preventive measure with no number, count, percentage or named quantity ('all 14 buyers', 'every order').",
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    for (const item of poa.items) {
      if (item.section.kind !== 'actions-taken' && item.section.kind !== 'preventive-measures') continue;
      placeholderPattern.lastIndex = 0;
      if (placeholderPattern.test(item.text)) continue;
      if (hasQuantity(item.text)) continue;
      yield {
        start: item.span.start,
        end: item.span.end,
        message: "Say how much: add a number a reviewer can check, e.g. 'all 14 affected orders', '20 random orders every Friday', 'defects under 1%'.",
      };
    }
  },
};
