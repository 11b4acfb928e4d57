import { countWords } from '../engine/text';
import { placeholderPattern } from './placeholder';
import type { Rule, RuleFinding } from '../engine/rule';

/**
 * The words a reader takes in one breath. A line that ends in a colon
 * introduces what follows ("The violations are as follows:"), and a short
 * label opens it ("Root cause: …"): neither is part of the sentence after it,
 * though the sentence reader may have joined them.
 */
function sentenceWords(text: string): number {
  let most = 0;
  for (const part of text.split(/:[ \t]*(?:\r\n|\r|\n)/)) {
    const label = /^\s*[^.!?:\r\n]{1,80}:\s/.exec(part);
    const body = label && countWords(label[0]) <= 8 ? part.slice(label[0].length) : part;
    most = Math.max(most, countWords(body));
  }
  return most;
}

export const longSentence: Rule = {
  id: 'long-sentence',
  description: 'A sentence longer than maxSentenceWords (default 35) words.',
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa, settings }): Iterable<RuleFinding> {
    for (const sentence of poa.sentences) {
      // A sentence of the template, still to be filled in, is the seller's to write, not yet to judge.
      placeholderPattern.lastIndex = 0;
      if (placeholderPattern.test(sentence.text)) continue;
      const words = sentenceWords(sentence.text);
      if (words <= settings.maxSentenceWords) continue;
      yield {
        start: sentence.span.start,
        end: sentence.span.end,
        message: `This sentence has ${words} words, more than ${settings.maxSentenceWords}. Split it: one fact or one action per sentence.`,
      };
    }
  },
};
