import { compileWordList, quote } from '../engine/patterns';
import { hasTimeWords } from '../engine/time';
import {
  clauseBreaks,
  measureCue,
  mechanismAfter,
  missingStepAfter,
  negationWords,
  purposeBefore,
  timeLimit,
  vagueGroups,
  type VagueGate,
  type VagueKind,
} from '../words/en/vague';
import { vagueFix } from '../rule-kit/smart-fix';
import { isPromise } from './actions-not-taken';
import { alsoMissing, reportedParts } from './smart-item';
import type { ActionItem, SectionKind } from '../engine/model';
import type { PhraseMatcher } from '../engine/phrases';
import type { ItemPart, RuleContext, RuleFinding, SentenceRule } from '../engine/rule';

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

/** What each kind's advice already asks for: the item's one finding does not ask twice. */
const asksFor: Record<VagueKind, readonly ItemPart[]> = {
  when: ['when'],
  'how-often': ['when', 'who'],
  'how-fast': ['when', 'who'],
  how: ['when', 'who'],
  what: ['when', 'who'],
  which: ['when', 'who'],
  claim: ['when', 'how-much'],
  'never-again': ['when', 'who'],
  wish: ['when', 'who'],
  training: ['when', 'who'],
  excuse: [],
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
const purpose = new RegExp(purposeBefore, 'iu');
const measure = new RegExp(measureCue, 'iu');
const missingStep = new RegExp(missingStepAfter, 'iu');

/** "Every week the owner checks 20 orders to make sure this does not happen again": the measure is named, the phrase is its purpose. */
function isPurposeOfMeasure(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return purpose.test(before) && measure.test(before);
}

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
  if (gates.has('measure-before') && isPurposeOfMeasure(text, start)) return true;
  if (gates.has('missing-step-follows') && missingStep.test(text.slice(end))) return true;
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

export const vague: SentenceRule = {
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
    inPlan: oneFindingPerItem,
  },
};

/**
 * One vague finding per action item (or per sentence outside the items), on
 * its first phrase: the message names the other phrases and what else the
 * item lacks, where the item's SMART finding would have said it. An item that
 * only promises is actions-not-taken's.
 */
function* oneFindingPerItem(found: readonly RuleFinding[], context: RuleContext): Iterable<RuleFinding> {
  const { items, sentences } = context.poa;
  let itemAt = 0;
  let sentenceAt = 0;
  let group: { key: object; item?: ActionItem; findings: RuleFinding[] } | undefined;
  const close = (g: NonNullable<typeof group>): RuleFinding | undefined => {
    if (g.item && isPromise(g.item) && context.reports('actions-not-taken', g.item.span.start)) return undefined;
    const [first, ...rest] = g.findings;
    let message = first.message;
    if (rest.length > 0) message += ` Also vague here: ${rest.map((f) => quote(context.poa.masked.slice(f.start, f.end))).join(', ')}.`;
    if (g.item) {
      const asked = new Set(g.findings.flatMap((f) => f.asks ?? []));
      message += alsoMissing(
        reportedParts(context, g.item).filter((part) => !asked.has(part)),
        g.item.kind,
      );
    }
    // The finding covers its phrases, first to last: each phrase's fix edits inside it.
    const end = Math.max(...g.findings.map((f) => f.end));
    return { ...first, end, message, fixes: distinctTitles(g.findings, context) };
  };
  for (const finding of found) {
    while (itemAt < items.length && items[itemAt].span.end <= finding.start) itemAt++;
    while (sentenceAt < sentences.length && sentences[sentenceAt].span.end <= finding.start) sentenceAt++;
    const item = items[itemAt] && items[itemAt].span.start <= finding.start ? items[itemAt] : undefined;
    const key = item ?? sentences[sentenceAt] ?? finding;
    if (group && group.key === key) {
      group.findings.push(finding);
      continue;
    }
    if (group) {
      const merged = close(group);
      if (merged) yield merged;
    }
    group = { key, item, findings: [finding] };
  }
  if (group) {
    const merged = close(group);
    if (merged) yield merged;
  }
}

/** The fixes of a group's phrases, each title naming its phrase where two would read the same. */
function distinctTitles(findings: RuleFinding[], context: RuleContext) {
  const fixes = findings.flatMap((finding) => (finding.fixes ?? []).map((fix) => ({ fix, finding })));
  const count = new Map<string, number>();
  for (const { fix } of fixes) count.set(fix.title, (count.get(fix.title) ?? 0) + 1);
  return fixes.map(({ fix, finding }) =>
    (count.get(fix.title) ?? 0) > 1
      ? { ...fix, title: `${fix.title}: ${quote(context.poa.masked.slice(finding.start, finding.end))}` }
      : fix,
  );
}

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
    found.push({ start, end, message: `${quote(match[0])} ${fixFor[kind]}`, fixes: fixes(kind, start, end), asks: asksFor[kind] });
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
      asks: asksFor.what,
    });
  }
  return [...builtIn, ...own].sort((a, b) => a.start - b.start);
}
