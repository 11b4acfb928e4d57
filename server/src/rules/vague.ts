import { compileWordList, matchAll, quote } from '../engine/patterns';
import { vagueGroups } from '../words/en/vague';
import { vagueFix } from '../rule-kit/smart-fix';
import type { Rule, RuleFinding } from '../engine/rule';

const fixFor: Record<(typeof vagueGroups)[number]['kind'], string> = {
  when: "gives no date. Say when: add a date or deadline, e.g. 'by March 15, 2026'.",
  'how-often': "does not say how often. Give the frequency and who does it, e.g. 'our warehouse lead checks every order every Monday'.",
  what: "promises nothing a reviewer can check. Name the change, who makes it and when, e.g. 'We added a second label scan on June 3, 2026'.",
  which: 'does not say which steps. List each step with its owner and date.',
  'never-again': 'is a wish, not a measure. Say what will stop it recurring: the check, who runs it and how often.',
};

const groups = vagueGroups.map((group) => ({ kind: group.kind, pattern: compileWordList(group.patterns) }));
/** Every group at once: one pass rules out the sentences with no vague phrase, most of them. */
const anyGroup = compileWordList(vagueGroups.flatMap((group) => group.patterns));

export const vague: Rule = {
  id: 'vague',
  description: "A promise with nothing to check: 'improve our processes', 'as soon as possible', 'necessary steps'.",
  defaultSeverity: 'warning',
  fixable: true,
  sentences: {
    bySection: true,
    settings: ['vocabulary.vague'],
    // The fixes depend on the section, the extra phrases on the vocabulary.
    check(text, { section, settings, phrases }): RuleFinding[] {
      const extra = phrases(settings.vocabulary.vague);
      const found: RuleFinding[] = [];
      // The phrase is the whole sentence, bar its closing punctuation: the fix may rewrite it all.
      // Where the first and last letters are, found once: a sentence may hold thousands of phrases.
      let letters: { first: number; lastEnd: number } | undefined;
      const isWhole = (start: number, end: number) => {
        if (!letters) {
          const all = [...text.matchAll(/[\p{L}\p{N}]/gu)];
          const last = all[all.length - 1];
          letters = { first: all[0]?.index ?? text.length, lastEnd: last ? last.index + last[0].length : 0 };
        }
        return start <= letters.first && end >= letters.lastEnd;
      };
      const fixes = (kind: (typeof groups)[number]['kind'], start: number, end: number) => [vagueFix(kind, section, start, end, isWhole(start, end))];
      anyGroup.lastIndex = 0;
      for (const { kind, pattern } of anyGroup.test(text) ? groups : []) {
        for (const match of matchAll(pattern, text)) {
          found.push({ start: match.start, end: match.end, message: `${quote(match.text)} ${fixFor[kind]}`, fixes: fixes(kind, match.start, match.end) });
        }
      }
      // The seller's own phrases, where no built-in phrase is. Both come left to right, so one
      // pass decides: a phrase overlaps a built-in one if any that starts before its end ends after its start.
      const builtIn = found.slice().sort((a, b) => a.start - b.start);
      let next = 0;
      let furthestEnd = -1;
      for (const match of extra.matches(text)) {
        for (; next < builtIn.length && builtIn[next].start < match.end; next++) furthestEnd = Math.max(furthestEnd, builtIn[next].end);
        if (furthestEnd > match.start) continue;
        found.push({
          start: match.start,
          end: match.end,
          message: `${quote(match.phrase)} is vague (from your vague vocabulary). Say who does what, how much and by when.`,
          fixes: fixes('what', match.start, match.end),
        });
      }
      return found.sort((a, b) => a.start - b.start);
    },
  },
};
