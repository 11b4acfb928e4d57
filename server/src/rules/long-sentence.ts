import { countWords } from '../engine/text';
import type { Rule, RuleFinding } from '../engine/rule';

export const longSentence: Rule = {
  id: 'long-sentence',
  description: 'A sentence longer than maxSentenceWords (default 35) words.',
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa, settings }): Iterable<RuleFinding> {
    for (const sentence of poa.sentences) {
      const words = countWords(sentence.text);
      if (words <= settings.maxSentenceWords) continue;
      yield {
        start: sentence.span.start,
        end: sentence.span.end,
        message: `This sentence has ${words} words, more than ${settings.maxSentenceWords}. Split it: one fact or one action per sentence.`,
      };
    }
  },
};
