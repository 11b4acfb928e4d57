import { compileWordList, matchAll, quote } from '../analysis/patterns';
import { isInside, quotedSpans } from '../analysis/quotes';
import { hedgingPatterns } from '../words/hedging';
import type { Rule, RuleFinding } from './types';

const hedge = compileWordList(hedgingPatterns);

export const hedging: Rule = {
  id: 'hedging',
  description: "Weak commitment: 'try to', 'hopefully', 'we think', 'might', 'where possible'.",
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    for (const sentence of poa.sentences) {
      const quotes = quotedSpans(sentence.text, sentence.span.start);
      for (const match of matchAll(hedge, sentence.text, sentence.span.start)) {
        if (isInside(quotes, match.start, match.end)) continue;
        yield {
          start: match.start,
          end: match.end,
          message: `${quote(match.text)} hedges: it tells the reviewer this may not happen. Say what you did or will do, plainly: 'we check', 'we trained', 'every order'.`,
        };
      }
    }
  },
};
