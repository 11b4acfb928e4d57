import { compileWordList, quote } from '../analysis/patterns';
import type { PlanOfAction, Sentence } from '../analysis/model';
import { countWords } from '../analysis/text';
import { boilerplatePatterns } from '../words/boilerplate';
import type { Fix, Rule, RuleFinding } from './types';

const stockLine = compileWordList(boilerplatePatterns, 'i');
/** Past this many words besides the stock phrase, the sentence says something of its own: no fix deletes it. */
const maxOwnWords = 6;

/**
 * The sentence and, when another follows on the same line, the one space
 * after it: the fix removes exactly this, and the finding covers the same
 * range, so no fix deletes text its problem did not cover.
 */
function sentenceRange(poa: PlanOfAction, sentence: Sentence, next: Sentence | undefined): { start: number; end: number } {
  let end = sentence.span.end;
  if (next && poa.text[end] === ' ' && !/[\r\n]/.test(poa.text.slice(end, next.span.start))) end += 1;
  return { start: sentence.span.start, end };
}

export const boilerplate: Rule = {
  id: 'boilerplate',
  description: "Stock lines reviewers discard: 'We take customer satisfaction very seriously', 'We sincerely apologize for any inconvenience'.",
  defaultSeverity: 'warning',
  fixable: true,
  *check({ poa }): Iterable<RuleFinding> {
    for (const [index, sentence] of poa.sentences.entries()) {
      stockLine.lastIndex = 0;
      const found = stockLine.exec(sentence.text);
      if (!found) continue;
      const ownWords = countWords(sentence.text) - countWords(found[0]);
      const range = sentenceRange(poa, sentence, poa.sentences[index + 1]);
      const fix: Fix = { title: 'Remove this sentence', edits: [{ ...range, newText: '' }], preferred: true };
      yield {
        ...range,
        message: `${quote(found[0])} is a stock line reviewers skip: it says nothing about this problem. Remove it and use the space for a fact: a number, a date, a change you made.`,
        fixes: ownWords <= maxOwnWords ? [fix] : [],
      };
    }
  },
};
