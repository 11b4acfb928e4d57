import { compileWordList, matchAll, quote } from '../engine/patterns';
import { isInside, quotedSpans } from '../engine/quotes';
import { hedgingPatterns } from '../words/en/hedging';
import type { Rule, RuleFinding } from '../engine/rule';

const hedge = compileWordList(hedgingPatterns);

export const hedging: Rule = {
  id: 'hedging',
  description: "Weak commitment: 'try to', 'hopefully', 'we think', 'might', 'where possible'.",
  defaultSeverity: 'info',
  fixable: false,
  sentences: {
    check(text) {
      const quotes = quotedSpans(text, 0);
      const found: RuleFinding[] = [];
      for (const match of matchAll(hedge, text)) {
        if (isInside(quotes, match.start, match.end)) continue;
        found.push({
          start: match.start,
          end: match.end,
          message: `${quote(match.text)} hedges: it tells the reviewer this may not happen. Say what you did or will do, plainly: 'we check', 'we trained', 'every order'.`,
        });
      }
      return found;
    },
  },
};
