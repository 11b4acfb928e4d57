import { compileWordList, matchAll, quote } from '../engine/patterns';
import type { PlanOfAction, Section, Sentence } from '../engine/model';
import { countWords } from '../engine/text';
import { boilerplatePatterns, clauseEnd, factCue } from '../words/en/boilerplate';
import { introductionSpans } from './business-introduction';
import { removableTogether } from '../engine/removal';
import { excusePatterns } from '../words/en/excuses';
import { placeholderPattern } from './placeholder';
import { policyReadingSpans } from './policy-reading';
import type { Fix, Rule, RuleContext, RuleFinding } from '../engine/rule';

const stockLine = compileWordList(boilerplatePatterns, 'gi');
/** In a root-cause section an excuse is the vague rule's (it names no cause); anywhere else it is a stock line. */
const excuse = compileWordList(excusePatterns, 'gi');
/** Past this many words besides the stock phrases, the sentence says something of its own: no fix deletes it. */
const maxOwnWords = 6;
/** Past this many words after a stock phrase in its own clause, the phrase is part of what the clause says. */
const maxClauseTail = 2;
const endOfClause = new RegExp(clauseEnd, 'iu');
const facts = new RegExp(factCue, 'iu');

type Phrase = { start: number; end: number; text: string };

/** The stock phrases of a sentence, left to right, without overlaps. */
function stockPhrases(text: string, withExcuses: boolean): Phrase[] {
  const all = [...matchAll(stockLine, text), ...(withExcuses ? matchAll(excuse, text) : [])].sort((a, b) => a.start - b.start);
  return all.filter((phrase, i) => all.slice(0, i).every((other) => other.end <= phrase.start));
}

/**
 * Whether a stock phrase is part of what its sentence says: its clause goes
 * on past it, and the rest of the sentence gives facts ("We have been selling
 * for 3 years with only one packer, so we had no backup" is the cause).
 */
function isCarried(text: string, phrase: Phrase, hasFacts: boolean): boolean {
  if (!hasFacts) return false;
  const after = text.slice(phrase.end);
  const stop = endOfClause.exec(after);
  return countWords(stop ? after.slice(0, stop.index) : after) > maxClauseTail;
}

/**
 * The sentence and, when another follows on the same line, the one space
 * after it: the fix removes exactly this, and the finding covers the same
 * range, so no fix deletes text its problem did not cover. A sentence alone
 * on its line between two lines of text takes its whole line with it: the
 * blank line left behind would split the paragraph or list item in two.
 */
function sentenceRange(poa: PlanOfAction, sentence: Sentence, next: Sentence | undefined): { start: number; end: number } {
  const { text } = poa;
  const end = sentence.span.end;
  if (next && text[end] === ' ' && !/[\r\n]/.test(text.slice(end, next.span.start))) return { start: sentence.span.start, end: end + 1 };
  const lineStart = Math.max(text.lastIndexOf('\n', sentence.span.start - 1), text.lastIndexOf('\r', sentence.span.start - 1)) + 1;
  const after = /^[ \t]*(\r\n|\r|\n)([^\r\n]*)/.exec(text.slice(end));
  const before = /(?:^|\r\n|\r|\n)([^\r\n]*)(?:\r\n|\r|\n)$/.exec(text.slice(Math.max(0, lineStart - 400), lineStart));
  if (after && after[2].trim() !== '' && before && before[1].trim() !== '' && text.slice(lineStart, sentence.span.start).trim() === '') {
    return { start: lineStart, end: end + after[0].length - after[2].length };
  }
  return { start: sentence.span.start, end };
}

type Range = { start: number; end: number };

/** Main sections that removing these ranges would leave with nothing but white space and placeholders, as empty-section reads them. */
function sectionsEmptiedBy(poa: PlanOfAction, removed: { range: Range; section?: Section }[]): Set<Section> {
  const emptied = new Set<Section>();
  for (const section of new Set(removed.map((r) => r.section))) {
    if (!section || section.kind === 'other') continue;
    let rest = '';
    let cursor = section.body.start;
    for (const { range } of removed.filter((r) => r.section === section).sort((a, b) => a.range.start - b.range.start)) {
      rest += poa.masked.slice(cursor, range.start);
      cursor = Math.max(cursor, range.end);
    }
    rest += poa.masked.slice(cursor, section.body.end);
    placeholderPattern.lastIndex = 0;
    if (rest.replace(placeholderPattern, ' ').replace(/[\s\p{P}\p{S}]+/gu, '') === '') emptied.add(section);
  }
  return emptied;
}

/** An introduction of the business, and reading offered as an action taken, are their own rules' to report, stock lines and all. */
function ownedElsewhere({ shared }: RuleContext, sentence: Sentence): boolean {
  const { start, end } = sentence.span;
  return [...shared(introductionSpans), ...shared(policyReadingSpans)].some((span) => span.start < end && start < span.end);
}

export const boilerplate: Rule = {
  id: 'boilerplate',
  description:
    "Stock lines reviewers discard: 'We take customer satisfaction very seriously', 'We sincerely apologize for any inconvenience'.",
  defaultSeverity: 'warning',
  fixable: true,
  *check(context): Iterable<RuleFinding> {
    const { poa, settings, removals } = context;
    const { aliases } = settings.sections;
    const stock: { range: Range; message: string; removable: boolean; section?: Section }[] = [];
    for (const [index, sentence] of poa.sentences.entries()) {
      const phrases = stockPhrases(sentence.text, sentence.section?.kind !== 'root-cause');
      if (phrases.length === 0 || ownedElsewhere(context, sentence)) continue;
      let rest = '';
      let cursor = 0;
      for (const phrase of phrases) {
        rest += `${sentence.text.slice(cursor, phrase.start)} `;
        cursor = phrase.end;
      }
      rest += sentence.text.slice(cursor);
      const hasFacts = facts.test(rest);
      const found = phrases.find((phrase) => !isCarried(sentence.text, phrase, hasFacts));
      if (!found) continue;
      if (hasFacts) {
        // The sentence gives facts besides the stock lines: the finding is the phrase, and no fix deletes the rest.
        const start = sentence.span.start + found.start;
        stock.push({
          range: { start, end: start + found.text.length },
          message:
            `${quote(found.text)} is a stock line reviewers skip: it says nothing about this problem. Cut ` +
            `these words and keep the facts of the sentence.`,
          removable: false,
          section: sentence.section,
        });
        continue;
      }
      const range = sentenceRange(poa, sentence, poa.sentences[index + 1]);
      stock.push({
        range,
        message:
          `${quote(found.text)} is a stock line reviewers skip: it says nothing about this problem. Remove ` +
          `it and use the space for a fact: a number, a date, a change you made.`,
        // Removing it must leave the rest of the plan reading as it did, for Markdown and for the labels.
        removable: countWords(rest) <= maxOwnWords && removableTogether(removals, poa, [range], aliases).length === 1,
        section: sentence.section,
      });
    }
    // A fix (or fix-all on save) that empties a section would trade this warning for an empty-section error.
    const emptied = sectionsEmptiedBy(
      poa,
      stock.filter((s) => s.removable),
    );
    const offered = new Set(stock.filter((s) => s.removable && !(s.section && emptied.has(s.section))));
    // Fix-all removes them all at once: the sentences of one stretch go together, or are left to the seller one by one.
    const together = new Set(
      removableTogether(
        removals,
        poa,
        [...offered].map((s) => s.range),
        aliases,
      ),
    );
    for (const item of stock) {
      const { range, message } = item;
      const fix: Fix = { title: 'Remove this sentence', edits: [{ ...range, newText: '' }], preferred: together.has(range) };
      yield { ...range, message, fixes: offered.has(item) ? [fix] : [] };
    }
  },
};
