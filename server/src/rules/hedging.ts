import { compileWordList, matchAll, quote } from '../engine/patterns';
import { isInside, quotedSpans } from '../engine/quotes';
import { hedgingPatterns } from '../words/en/hedging';
import type { RuleFinding, SentenceRule } from '../engine/rule';

const hedge = compileWordList(hedgingPatterns);
const adviceElsewhere =
  "hedges: it tells the reviewer this may not happen. Say what you did or will do, plainly: 'we check', 'we trained', 'every order'.";
const adviceInCause =
  'hedges: it tells the reviewer you are not sure what happened. Say what you found, with its ' +
  "number: 'our records show 9 of the 14 returns were damaged'.";

export const hedging: SentenceRule = {
  id: 'hedging',
  description: "Weak commitment: 'try to', 'hopefully', 'we think', 'might', 'where possible'.",
  defaultSeverity: 'info',
  fixable: false,
  sentences: {
    // In the root cause a hedge doubts what happened, elsewhere what will: the message depends on the section.
    bySection: true,
    check(text, { section }) {
      const advice = section === 'root-cause' ? adviceInCause : adviceElsewhere;
      const quotes = quotedSpans(text, 0);
      const found: RuleFinding[] = [];
      for (const match of matchAll(hedge, text)) {
        if (isInside(quotes, match.start, match.end)) continue;
        found.push({ start: match.start, end: match.end, message: `${quote(match.text)} ${advice}` });
      }
      return found;
    },
  },
};
