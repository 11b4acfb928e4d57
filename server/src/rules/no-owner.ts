import { compileWordList } from '../engine/patterns';
import { automationPatterns, controlPatterns, namedOwnerPatterns, ownerPatterns } from '../words/en/owners';
import { quantitySlotPatterns, timeSlotPatterns } from '../words/en/placeholder-slots';
import { isOnlyPlaceholders } from './placeholder';
import { hasQuantity } from './unmeasurable-action';
import { hedging } from './hedging';
import { vague } from './vague';
import type { Rule, RuleFinding } from '../engine/rule';

const owner = compileWordList(ownerPatterns, 'i');
const namedOwner = compileWordList(namedOwnerPatterns, '');
const automation = compileWordList(automationPatterns, 'i');
const control = compileWordList(controlPatterns, 'i');
const slot = compileWordList([...timeSlotPatterns, ...quantitySlotPatterns], 'i');
const we = /\b(?:we|our team|the team|our staff|us)\b/i;

export const noOwner: Rule = {
  id: 'no-owner',
  description: "A preventive check that names no role or person to run it ('Daily audits of all listings', 'We check 20 orders').",
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa, settings, time, phrases }): Iterable<RuleFinding> {
    for (const item of poa.items) {
      if (item.section.kind !== 'preventive-measures') continue;
      const { text } = item;
      if (!control.test(text) || owner.test(text) || namedOwner.test(text) || automation.test(text)) continue;
      // One finding per item (SPEC §2): a missing date or number is reported first, by its own rule; a vague or hedged item is too.
      if (slot.test(text) || isOnlyPlaceholders(text) || !time.hasTimeExpression(text) || !hasQuantity(text)) continue;
      const scope = { section: item.section.kind, settings, phrases };
      if ([vague, hedging].some((rule) => (rule.sentences?.check(text, scope).length ?? 0) > 0)) continue;
      yield {
        start: item.span.start,
        end: item.span.end,
        message: we.test(text)
          ? "Say who: 'we' does not tell the reviewer who is accountable. Name the role that runs it, e.g. " +
            "'our inventory manager audits …'."
          : "Say who runs this: name the role or person, e.g. 'our inventory manager audits all listings every Monday'.",
      };
    }
  },
};
