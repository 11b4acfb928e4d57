import { countWords } from '../engine/text';
import { documentStartSpan } from '../rule-kit/missing-section';
import type { Rule, RuleFinding } from '../engine/rule';

export const excessiveLength: Rule = {
  id: 'excessive-length',
  description: 'A plan longer than maxWords (default 800) words.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa, settings }): Iterable<RuleFinding> {
    // Only the seller's words: quotes, code and comments are not read out to the reviewer.
    const words = countWords(poa.masked);
    if (words <= settings.maxWords) return;
    yield {
      ...documentStartSpan(poa),
      message:
        `The plan has ${words} words, more than ${settings.maxWords}. Reviewers give a plan a few minutes: ` +
        `cut introductions, apologies and repetition, and keep each point to one line.`,
    };
  },
};
