import { compileWordList, quote } from '../engine/patterns';
import { isInside, quotedSpans } from '../engine/quotes';
import { promisePatterns } from '../words/en/promises';
import { irregularParticiples, irregularPastTense } from '../words/en/verbs';
import { lineEndOf, lineStartOf } from '../engine/text';
import { smartActionSnippet } from '../rule-kit/smart-fix';
import type { ActionItem, PlanOfAction } from '../engine/model';
import type { Fix, Rule, RuleFinding } from '../engine/rule';

const promise = compileWordList(promisePatterns, 'gi');
/**
 * A promise after one of these belongs to a subordinate clause: "our listing
 * now says 'veneer', so buyers will know". The item's own verb is elsewhere.
 */
const subordinate = /\b(?:so|that|which|who|because|if|when|whenever|once|until|unless|ensures?|means?|so buyers)\b/i;

const regularPast = '(?!(?:need|needs|proceed|succeed|exceed|feed|seed|speed|bleed|breed)\\b)[a-z]+ed';
const past = `(?:${regularPast}|${irregularPastTense.join('|')})`;
const participle = `(?:${regularPast}|${irregularParticiples.join('|')})`;
/**
 * A word of a doer's name: not a determiner or a preposition, after which an
 * "-ed" word describes a thing ("our team on the restricted products").
 */
const nameWord = '(?!(?:the|a|an|on|in|of|for|to|with|at|by|from|about|and|or|our|their|its|this|that|these|those)\\b)[a-z-]+';
/** Who did it: a pronoun, "our" and up to four words, or "the … team" and the like. */
const doer =
  `(?:we|i|they|he|she|our (?:${nameWord} ){0,3}?${nameWord}|` + `the (?:${nameWord} ){0,2}?(?:team|manager|lead|owner|staff|department))`;
/**
 * Something the item reports as done: "we retrained", "our warehouse lead
 * removed", "have updated", "were removed", "completed", or a bullet that
 * starts with a past verb ("Removed 14 listings").
 */
const done = compileWordList(
  [
    `${doer} (?:[a-z]+ly |also |then |already |immediately |both |all |each )*${past}`,
    `(?:have|has|had|'ve|’ve)(?: not| never)? (?:[a-z]+ly |also |already |now |since |all |both )*${participle}`,
    `(?:was|were)(?: not| never)? (?:[a-z]+ly |also |already |all |both )*${participle}`,
    '(?:completed|implemented|finished|carried out|in place|already|started|began)',
  ],
  'gi',
);
const startsWithPast = new RegExp(`^\\s*(?:[a-z]+ly\\s+)?${past}\\b`, 'i');

/** Between a promise and what follows it, what starts a clause of its own: "… and will reship", "…, then we removed". */
const clauseBreak = /[,;:.!?]|\b(?:and|but|then|also)\b/i;
/**
 * Between an "-ed" word and the promise, the rest of the promise's subject:
 * "our old damaged stock will be replaced". A pronoun or "that" there starts
 * a clause whose verb the "-ed" word may be: "we checked what we will need".
 */
const restOfSubject = /^\s+(?:(?!(?:we|i|they|he|she|it|you|that|which|who|what|how|when|where|if|and|but|so|then)\b)[a-z-]+\s+){1,2}$/i;

/** The first promise that is the item's own: not quoted, not in a clause after "so", "that", "which"… */
function mainClausePromise(text: string): RegExpExecArray | undefined {
  // A cheap first look: a word each promise starts with or turns on ("plan" of "planning").
  if (!/\b(?:will|won|shall|going|plan|preparing|about|intend|aim|hope|want|wish|expect|like)|['’]ll\b/i.test(text)) return undefined;
  const quotes = quotedSpans(text);
  promise.lastIndex = 0;
  for (let found = promise.exec(text); found; found = promise.exec(text)) {
    if (isInside(quotes, found.index, found.index + found[0].length)) continue;
    // Within the sentence the promise is in: ". " starts a new one.
    const before =
      text
        .slice(0, found.index)
        .split(/[.;:!?]\s/)
        .pop() ?? '';
    if (!subordinate.test(before)) return found;
  }
  return undefined;
}

/** What the item reports as done: each span ends with its past verb. */
function doneReports(text: string): { start: number; end: number }[] {
  const reports: { start: number; end: number }[] = [];
  const first = startsWithPast.exec(text);
  if (first) reports.push({ start: first.index, end: first.index + first[0].length });
  done.lastIndex = 0;
  for (let found = done.exec(text); found; found = done.exec(text))
    reports.push({ start: found.index, end: found.index + found[0].length });
  return reports;
}

/** Whether an item reports something as done ("On March 3 we removed …"), not only promised. */
export function reportsDone(text: string): boolean {
  return doneReports(text).length > 0;
}

/**
 * Whether an "-ed" word is part of the promise's own clause, so no report of
 * something done: in what it promises ("we will replace our old damaged
 * stock") or in its subject ("our old damaged stock will be replaced").
 */
function inPromiseClause(text: string, promise: RegExpExecArray, report: { start: number; end: number }): boolean {
  const promiseEnd = promise.index + promise[0].length;
  if (report.start >= promiseEnd) return !clauseBreak.test(text.slice(promiseEnd, report.start));
  return report.end <= promise.index && restOfSubject.test(text.slice(report.end, promise.index));
}

/** The promise an item under actions taken makes instead of reporting what was done, if it does. */
function promiseOf(item: ActionItem): RegExpExecArray | undefined {
  if (item.section.guessed || item.kind !== 'actions-taken') return undefined;
  const found = mainClausePromise(item.text);
  if (!found) return undefined;
  return doneReports(item.text).some((report) => !inPromiseClause(item.text, found, report)) ? undefined : found;
}

/** Whether the item only promises: it is this rule's, and no other rule's, to report. */
export function isPromise(item: ActionItem): boolean {
  return promiseOf(item) !== undefined;
}

/**
 * A list item moved, whole line and marker, to the end of the preventive
 * measures, where a promise belongs. Only a list item moves: a sentence in a
 * paragraph would leave the paragraph around it to be rewritten.
 */
function moveFix(poa: PlanOfAction, item: ActionItem): Fix | undefined {
  const target = poa.sections.find((section) => section.kind === 'preventive-measures' && !section.guessed);
  if (item.source !== 'list-item' || !target || target.body.start < item.span.end) return undefined;
  const { text } = poa;
  const from = lineStartOf(text, item.span.start);
  const to = lineEndOf(text, item.span.end);
  const lineBreak = /^(?:\r\n|\r|\n)/.exec(text.slice(to))?.[0] ?? '\n';
  // After the last line with the seller's words in the preventive measures: never inside a pasted notice or code.
  const body = poa.masked.slice(target.body.start, target.body.end);
  const lastWord = body.search(/\S\s*$/);
  if (lastWord < 0) return undefined;
  const at = lineEndOf(text, target.body.start + lastWord);
  return {
    title: 'Move to the preventive measures',
    edits: [
      { start: from, end: to + lineBreak.length, newText: '' },
      { start: at, end: at, newText: lineBreak + text.slice(from, to) },
    ],
  };
}

export const actionsNotTaken: Rule = {
  id: 'actions-not-taken',
  description: "An item under actions taken that only promises ('we will', 'we plan to'): Amazon wants actions already implemented.",
  defaultSeverity: 'warning',
  fixable: true,
  *check({ poa }): Iterable<RuleFinding> {
    for (const item of poa.items) {
      const found = promiseOf(item);
      if (!found) continue;
      const move = moveFix(poa, item);
      const rewrite: Fix = {
        title: 'Rewrite as done, with its date',
        edits: [{ start: item.span.start, end: item.span.end, newText: smartActionSnippet('actions-taken') }],
        isSnippet: true,
      };
      yield {
        fixes: move ? [move, rewrite] : [rewrite],
        start: item.span.start,
        end: item.span.end,
        message:
          `${quote(found[0])} is a promise, not an action taken: ` +
          `Amazon rejects corrective actions that have not been implemented. ` +
          `Report what you have already done and when ('On March 3, 2026 we retrained all 6 packers'), ` +
          `or move this to the preventive measures.`,
      };
    }
  },
};
