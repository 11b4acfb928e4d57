import type { ActionItem, PlanOfAction } from '../engine/model';
import { compileWordList, matchAll, quote } from '../engine/patterns';
import type { Span } from '../engine/text';
import { policyReadingPatterns } from '../words/en/policy-reading';
import type { Rule, RuleContext, RuleFinding } from '../engine/rule';

const readingPhrase = compileWordList(policyReadingPatterns, 'gim');
/** "… and removed 12 listings": a change follows the reading in the same sentence, and the reading only leads to it. */
const changeFollows = new RegExp(
  '(?:\\band|\\bthen|,)\\s+(?:then\\s+)?(?:(?:we|i)\\s+)?(?!(?:understood|learned|learnt|read|reviewed|studied|researched)\\b)' +
    '(?:[a-z]{2,}ed|made|sent|took|put|set|built|wrote|gave|sold|kept|cut|paid|bought|began)\\b',
  'i',
);

/**
 * "I have read the policies" in the actions taken: the phrases that offer
 * reading as the action. Boilerplate leaves these sentences to this rule
 * (one finding per problem); elsewhere in the plan they are boilerplate's.
 */
export function policyReadingSpans(poa: PlanOfAction): (Span & { text: string })[] {
  const spans: (Span & { text: string })[] = [];
  for (const sentence of poa.sentences) {
    if (sentence.section?.kind !== 'actions-taken') continue;
    for (const match of matchAll(readingPhrase, sentence.text, sentence.span.start)) {
      if (!changeFollows.test(poa.masked.slice(match.end, sentence.span.end))) spans.push(match);
    }
  }
  return spans;
}

/**
 * An action taken that opens with reading a policy and changes nothing after it: its one finding is this rule's,
 * not a missing date's or number's (a date would not make reading an action).
 */
export function offersOnlyReading({ poa, shared }: RuleContext, item: ActionItem): boolean {
  if (item.section.kind !== 'actions-taken') return false;
  const opens = (span: Span) => span.start >= item.span.start && span.start < item.span.end;
  return shared(policyReadingSpans).some((span) => opens(span) && !/[\p{L}\p{N}]/u.test(poa.masked.slice(item.span.start, span.start)));
}

export const policyReading: Rule = {
  id: 'policy-reading',
  description: "Reading or reviewing a policy offered as an action taken ('I have read the policies'): not an action Amazon can check.",
  defaultSeverity: 'warning',
  fixable: false,
  *check({ shared }): Iterable<RuleFinding> {
    for (const span of shared(policyReadingSpans)) {
      yield {
        start: span.start,
        end: span.end,
        message:
          `${quote(span.text)}: reading a policy is not an action Amazon can check. Say what you changed because of it, ` +
          "e.g. 'On March 3, 2026 we removed the 12 listings the policy does not allow'.",
      };
    }
  },
};
