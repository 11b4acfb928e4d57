import { hasEventTrigger } from '../engine/time';
import { compileWordList } from '../engine/patterns';
import { timeSlotPatterns } from '../words/en/placeholder-slots';
import { isOnlyPlaceholders } from './placeholder';
import { offersOnlyReading } from './policy-reading';
import { addDateFix, smartActionFix } from '../rule-kit/smart-fix';
import type { Rule, RuleFinding } from '../engine/rule';

const timeSlot = compileWordList(timeSlotPatterns, 'i');

export const untimedAction: Rule = {
  id: 'untimed-action',
  description: 'An action or preventive measure with no date, deadline, start or frequency.',
  defaultSeverity: 'warning',
  fixable: true,
  *check(context): Iterable<RuleFinding> {
    const { poa, time } = context;
    for (const item of poa.items) {
      // Under a part the reader only guessed, tense and timing are not judged.
      if (item.section.guessed || (item.kind !== 'actions-taken' && item.kind !== 'preventive-measures')) continue;
      // An item whose date is still template text ("on [date]") is the placeholder rule's to report.
      timeSlot.lastIndex = 0;
      if (timeSlot.test(item.text) || isOnlyPlaceholders(item.text) || offersOnlyReading(context, item)) continue;
      if (time.hasTimeExpression(item.text)) continue;
      if (item.section.kind === 'preventive-measures' && hasEventTrigger(item.text)) continue;
      const message =
        item.kind === 'actions-taken'
          ? "Say when you did this: add the date, e.g. 'on March 3, 2026'. Reviewers reject actions without dates."
          : "Say when: add a start date or deadline ('starting March 15, 2026', 'by March 15, 2026'), how " +
            "often ('every Monday') or the event that sets it off ('before each listing goes live').";
      const { start, end } = item.span;
      yield { start, end, message, fixes: [addDateFix(item.kind, item.text, start, end), smartActionFix(item.kind, start, end)] };
    }
  },
};
