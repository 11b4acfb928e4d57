import { compileWordList, quote } from '../engine/patterns';
import { hasTimeWords } from '../engine/time';
import { clauseBreaks, mechanismAfter, negationWords, timeLimit, vagueGroups, type VagueGate, type VagueKind } from '../words/en/vague';
import { vagueFix } from '../rule-kit/smart-fix';
import type { SectionKind } from '../engine/model';
import type { PhraseMatcher } from '../engine/phrases';
import type { Rule, RuleFinding } from '../engine/rule';

const fixFor: Record<VagueKind, string> = {
  when: "gives no date. Say when: add a date or deadline, e.g. 'by March 15, 2026'.",
  'how-often': "does not say how often. Give the frequency and who does it, e.g. 'our warehouse lead checks every order every Monday'.",
  'how-fast':
    "does not say how fast. Give the time limit and who keeps it, e.g. 'our support lead answers every buyer message within 12 hours'.",
  how:
    "says how hard, not what is done. Name the check, who runs it and how often, e.g. 'our listing " +
    "lead compares every new title with the brand list before it goes live'.",
  what:
    "promises nothing a reviewer can check. Name the change, who makes it and when, e.g. 'We added " +
    "a second label scan on June 3, 2026'.",
  which: 'does not say which steps. List each step with its owner and date.',
  claim:
    'says nothing a reviewer can check. Say what you changed, when, and for how many orders or ' +
    "listings, e.g. 'On March 3, 2026 we uploaded the 42 missing tracking numbers'.",
  'never-again': 'is a wish, not a measure. Say what will stop it recurring: the check, who runs it and how often.',
  wish: 'is a wish, not a measure. Name the change that makes it true: the check, who runs it and how often.',
  training:
    "does not say what the training covered, who gave it or when. Name them, e.g. 'On March 3, " +
    "2026 our QA lead trained all 4 packers on the 12-point label check'.",
  excuse:
    'is not a root cause: reviewers read it as a seller with no process. Say which step was missing, ' +
    "e.g. 'We had no check of the brand list before listing a new ASIN'.",
};

const groups = vagueGroups.map((group) => ({ ...group, gates: new Set<VagueGate>(group.quietWhen ?? []) }));
/** Every group in one pattern, each in a group named by its index: one pass over a sentence finds every phrase and its kind. */
const anyGroup = compileWordList([vagueGroups.map((group, index) => `(?<g${index}>${group.patterns.join('|')})`).join('|')]);
const groupOf = (match: RegExpExecArray) =>
  groups[
    Number(
      Object.keys(match.groups ?? {})
        .find((key) => match.groups?.[key] !== undefined)
        ?.slice(1),
    )
  ];
const negation = compileWordList([negationWords], 'i');
const clauseBreak = new RegExp(clauseBreaks, 'giu');
// A colon that opens the detail may come a few words on: "stricter checks on March 2, 2026: every unit…".
const mechanism = new RegExp(
  `^(?:[^.;:!?]{0,40}[:–—]\\s*[\\p{L}\\p{N}]|,?\\s*(?:${mechanismAfter.map((m) => m.replace(/ /g, '\\s+')).join('|')}))`,
  'iu',
);
const digit = /\p{N}/u;
const limit = compileWordList([timeLimit], 'i');

/** Whether the clause before a phrase says what was missing: "we did not check closely", "a lack of robust checks". */
function isNegated(text: string, start: number): boolean {
  let from = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(text); m && m.index < start; m = clauseBreak.exec(text)) from = m.index + m[0].length;
  return negation.test(text.slice(from, start));
}

function isQuiet(gates: Set<VagueGate>, text: string, start: number, end: number): boolean {
  if (gates.has('mechanism-follows') && mechanism.test(text.slice(end, end + 80))) return true;
  if (gates.has('dated') && (digit.test(text) || hasTimeWords(text))) return true;
  if (gates.has('time-limit') && limit.test(text)) return true;
  return gates.has('negated') && isNegated(text, start);
}

/** One finding per stretch of words: where two phrases overlap, the one that starts first (or is longer) stays. */
function withoutOverlaps(found: RuleFinding[]): RuleFinding[] {
  const kept: RuleFinding[] = [];
  for (const finding of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || finding.start >= last.end) kept.push(finding);
  }
  return kept;
}

export const vague: Rule = {
  id: 'vague',
  description:
    "A promise or claim with nothing to check: 'improve our processes', 'as soon as possible', 'closely monitor', 'fixed the problem'.",
  defaultSeverity: 'warning',
  fixable: true,
  sentences: {
    // The fixes, and the excuses, depend on the section; the extra phrases on the vocabulary.
    bySection: true,
    settings: ['vocabulary.vague'],
    check(text, { section, settings, phrases }): RuleFinding[] {
      return vagueFindings(text, section, phrases(settings.vocabulary.vague));
    },
  },
};

function vagueFindings(text: string, section: SectionKind | undefined, extra: PhraseMatcher): RuleFinding[] {
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
  const fixes = (kind: VagueKind, start: number, end: number) => [vagueFix(kind, section, start, end, isWhole(start, end))];
  anyGroup.lastIndex = 0;
  for (let match = anyGroup.exec(text); match; match = anyGroup.exec(text)) {
    const { kind, gates, onlyIn, notIn } = groupOf(match);
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) anyGroup.lastIndex++;
    if ((onlyIn && onlyIn !== section) || (section && notIn?.includes(section)) || isQuiet(gates, text, start, end)) continue;
    found.push({ start, end, message: `${quote(match[0])} ${fixFor[kind]}`, fixes: fixes(kind, start, end) });
  }
  const builtIn = withoutOverlaps(found);
  // The seller's own phrases, where no built-in phrase is. Both come left to right, so one
  // pass decides: a phrase overlaps a built-in one if any that starts before its end ends after its start.
  const own: RuleFinding[] = [];
  let next = 0;
  let furthestEnd = -1;
  for (const match of extra.matches(text)) {
    for (; next < builtIn.length && builtIn[next].start < match.end; next++) furthestEnd = Math.max(furthestEnd, builtIn[next].end);
    if (furthestEnd > match.start) continue;
    own.push({
      start: match.start,
      end: match.end,
      message: `${quote(match.phrase)} is vague (from your vague vocabulary). Say who does what, how much and by when.`,
      fixes: fixes('what', match.start, match.end),
    });
  }
  return [...builtIn, ...own].sort((a, b) => a.start - b.start);
}
