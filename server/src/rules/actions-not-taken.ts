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
/** Who did it: a pronoun, "our" and up to four words, or "the … team" and the like. */
const doer = '(?:we|i|they|he|she|our (?:[a-z-]+ ){0,3}?[a-z-]+|the (?:[a-z-]+ ){0,2}?(?:team|manager|lead|owner|staff|department))';
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
  'i',
);
const startsWithPast = new RegExp(`^\\s*(?:[a-z]+ly\\s+)?${past}\\b`, 'i');

/** The first promise that is the item's own: not quoted, not in a clause after "so", "that", "which"… */
function mainClausePromise(text: string): RegExpExecArray | undefined {
  if (!/\b(?:will|won|shall|going|plan|intend|aim|hope|want|wish|expect|like)\b|['’]ll\b/i.test(text)) return undefined;
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

/** The promise an item under actions taken makes instead of reporting what was done, if it does. */
function promiseOf(item: ActionItem): RegExpExecArray | undefined {
  if (item.section.guessed || item.kind !== 'actions-taken') return undefined;
  const found = mainClausePromise(item.text);
  if (!found) return undefined;
  done.lastIndex = 0;
  return done.test(item.text) || startsWithPast.test(item.text) ? undefined : found;
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
  // After the last line with words in the preventive measures.
  const body = text.slice(target.body.start, target.body.end);
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
