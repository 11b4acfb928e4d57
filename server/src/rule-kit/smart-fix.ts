import type { SectionKind } from '../engine/model';
import type { Fix } from '../engine/rule';

/**
 * Snippet fixes that turn a vague or untimed promise into a SMART action:
 * who does what, how much, and when. Tab stops hold bracketed placeholders, so
 * whatever the seller leaves unfilled, the placeholder rule still flags.
 */

export const smartTitle = 'Rewrite as a SMART action';

/** The whole action as a skeleton: what is done is told in the past, with its date; what will be done, with a deadline. */
export function smartActionSnippet(section: SectionKind | undefined): string {
  return section === 'actions-taken'
    ? 'On ${1:[date]} ${2:[who]} ${3:[did what, how much]}'
    : '${1:[who]} ${2:will [do what, how much]} by ${3:[date]}';
}

import type { VagueKind } from '../words/en/vague';

export type { VagueKind };

/** What replaces a vague phrase inside a sentence the seller keeps. */
function vagueFragment(kind: VagueKind, section: SectionKind | undefined): { title: string; snippet: string } {
  const done = section === 'actions-taken';
  switch (kind) {
    case 'when':
      return { title: done ? 'Replace with the date' : 'Replace with a deadline', snippet: done ? 'on ${1:[date]}' : 'by ${1:[date]}' };
    case 'how-often':
      return { title: 'Say how often', snippet: '${1:[how often, e.g. every Monday]}' };
    case 'which':
      return { title: 'Name the steps', snippet: '${1:[each step, who took it and when]}' };
    case 'never-again':
      return { title: smartTitle, snippet: '${1:[check what, how often]} starting ${2:[date]}' };
    case 'what':
    case 'claim':
      return { title: smartTitle, snippet: done ? '${1:[did what, how much]} on ${2:[date]}' : '${1:[do what, how much]} by ${2:[date]}' };
    case 'how-fast':
      return { title: 'Say how fast', snippet: 'within ${1:[how long, e.g. 24 hours]}' };
    case 'how':
      return { title: 'Name the check', snippet: '${1:[the check, who runs it, how often]}' };
    case 'wish':
      return { title: smartTitle, snippet: '${1:[check what, how often]} starting ${2:[date]}' };
    case 'training':
      return {
        title: 'Say who trained whom, on what',
        snippet: done ? '${1:[trained whom]} on ${2:[what]} on ${3:[date]}' : '${1:[train whom]} on ${2:[what]} by ${3:[date]}',
      };
    case 'excuse':
      return { title: 'Name the missing step', snippet: '${1:[the step in our process that was missing]}' };
  }
}

/**
 * The fix for a vague phrase at [start, end). When the phrase is the whole
 * sentence (bar its closing punctuation), the sentence becomes a SMART skeleton;
 * otherwise only the phrase is replaced, so the seller's other words stay.
 */
export function vagueFix(kind: VagueKind, section: SectionKind | undefined, start: number, end: number, wholeSentence: boolean): Fix {
  const { title, snippet } = wholeSentence ? { title: smartTitle, snippet: smartActionSnippet(section) } : vagueFragment(kind, section);
  return { title, edits: [{ start, end, newText: snippet }], isSnippet: true };
}

/** For an item with no time: a date added at its end, before its closing punctuation. */
export function addDateFix(section: SectionKind, itemText: string, start: number, end: number): Fix {
  const closing = /[.;!]*\s*$/.exec(itemText);
  const at = end - (closing ? closing[0].length : 0);
  const snippet = section === 'actions-taken' ? ' on ${1:[date]}' : ' ${1|starting,by,every|} ${2:[date or day]}';
  return {
    title: section === 'actions-taken' ? 'Add the date it was done' : 'Add a start date, deadline or frequency',
    edits: [{ start: at, end: at, newText: snippet }],
    isSnippet: true,
  };
}

/** For an item with no time: the whole item rewritten as a SMART skeleton. */
export function smartActionFix(section: SectionKind, start: number, end: number): Fix {
  return { title: smartTitle, edits: [{ start, end, newText: smartActionSnippet(section) }], isSnippet: true };
}
