import { mainSectionKinds, type MainSectionKind } from '../common/settings';
import { compileWordList } from './patterns';
import type { SectionKind } from './model';
import { irregularPastTense } from '../words/en/verbs';
import {
  clauseOpenerWords,
  closingLine,
  conjunctionPattern,
  enumeratorPattern,
  bareNumberPattern,
  contractedVerb,
  finiteVerbs,
  kindCues,
  labelHeadWords,
  labelLeadWords,
  loneCues,
  objectWords,
  otherLabelPattern,
  planTitlePattern,
  problemHeadingPattern,
  partPlanPattern,
  questionStartPattern,
  requestPrefixPattern,
  requestStart,
  sentenceSubjectPattern,
} from '../words/en/labels';

/**
 * The section reader. A line is read as a label by weighing evidence, each
 * piece worth some points (`evidence` below): its meaning (cause, done,
 * prevent), the form of a heading rather than of a sentence, numbering or
 * lettering, a wrapper (bold, a heading, `+…+`), Amazon's own wording, its
 * length, and whether it stands alone before its content. A line that reads
 * as a sentence ending with a colon ("The main reasons were:") is a lead-in:
 * it opens a part the reader only guesses.
 */

export type Aliases = Partial<Record<MainSectionKind, string[]>>;

export const evidence = {
  meaning: 1,
  head: 2,
  /** A head and no verb at all: "My actions to prevent this from happening again." reads as a title, not a sentence. */
  verbless: 1,
  request: 3,
  sellerCentralQuestion: 2,
  colon: 2,
  question: 2,
  questionWithoutQuestionWord: -2,
  fullStop: -1,
  numbered: 1,
  wrapped: 2,
  capitals: 1,
  ownLine: 1,
  ownParagraph: 1,
  sentence: -4,
  comma: -1,
  digit: -1,
  bulletWithoutColon: -2,
  wrappedProse: -4,
  /** Points a label needs; a colon line with a main part's words and fewer points is a lead-in. */
  threshold: 4,
} as const;

function lengthPoints(words: number, request: boolean): number {
  if (request) return words <= 10 ? 0 : words <= 20 ? -1 : -3;
  if (words <= 3) return 2;
  if (words <= 6) return 1;
  if (words <= 10) return 0;
  if (words <= 14) return -1;
  if (words <= 18) return -2;
  return -4;
}

const cuePatterns = Object.fromEntries(
  mainSectionKinds.map((kind) => [
    kind,
    { strong: compileWordList(kindCues[kind].strong, 'gi'), weak: compileWordList(kindCues[kind].weak, 'gi') },
  ]),
) as Record<MainSectionKind, { strong: RegExp; weak: RegExp }>;
const lonePatterns = Object.fromEntries(mainSectionKinds.map((kind) => [kind, compileWordList(loneCues[kind], 'i')])) as Record<
  MainSectionKind,
  RegExp
>;
const irregularPast = new Set(irregularPastTense);
const isPastVerb = (word: string) => (word.length > 3 && word.endsWith('ed')) || irregularPast.has(word);
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The text of a label without Markdown, quotes, numbering and closing punctuation. */
export function normalizeLabel(text: string): string {
  return stripTerminator(stripLead(text.replace(/[“”"]/g, '')).rest)
    .core.replace(/\(s\)/gi, 's')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Lead {
  rest: string;
  /** Characters taken off the start. */
  offset: number;
  numbered: boolean;
  wrapped: boolean;
}

/** Takes off wrappers and numbering at the start, in either order: "**1. Root cause", "1. **Root cause", "+A) …". */
function stripLead(line: string): Lead {
  let rest = line;
  let numbered = false;
  let wrapped = false;
  for (let round = 0; round < 3; round++) {
    const wrapper = /^[\s#>*_+~]+/.exec(rest);
    if (wrapper) {
      if (/[#*_+]/.test(wrapper[0])) wrapped = true;
      rest = rest.slice(wrapper[0].length);
    }
    const enumerator = enumeratorPattern.exec(rest) ?? bareNumberPattern.exec(rest);
    if (!enumerator || enumerator[0].length === rest.length) break;
    numbered = true;
    rest = rest.slice(enumerator[0].length);
  }
  return { rest, offset: line.length - rest.length, numbered, wrapped };
}

type Terminator = ':' | '?' | '.' | '';

/** Takes off closing wrappers and punctuation: "Root cause -", "What went wrong.", "+What went wrong:+". */
function stripTerminator(text: string): { core: string; terminator: Terminator; exclaimed: boolean; wrapped: boolean } {
  let core = text;
  let terminator: Terminator = '';
  let exclaimed = false;
  let wrapped = false;
  for (;;) {
    const tail = /[\s*_+~]+$|[:?.\-–—…!]+$/.exec(core);
    if (!tail) break;
    const chars = tail[0];
    if (/[*_+]/.test(chars)) wrapped = true;
    if (!terminator) {
      if (chars.includes(':')) terminator = ':';
      else if (chars.includes('?')) terminator = '?';
      else if (chars.includes('!')) exclaimed = true;
      else if (/^\.$|^\.\s*$/.test(chars)) terminator = '.';
    }
    core = core.slice(0, tail.index);
  }
  return { core, terminator, exclaimed, wrapped };
}

export interface LabelContext {
  aliases?: Aliases;
  /** Markdown made the line bold or a heading: a wrapper the masked text no longer shows. */
  wrapped?: boolean;
  /** The line follows a bullet ("•", "-"); a numbered item is `numbered`. */
  marker?: 'bullet' | 'numbered';
  /** The line is a paragraph of its own: nothing directly before or after it. */
  ownParagraph?: boolean;
  /** The lines before and after it in the same paragraph, if any. */
  previous?: string;
  next?: string;
}

export interface LineLabel {
  kind: SectionKind;
  /** Every main part the label opens: two for "Corrective actions we took to prevent future complaints". */
  kinds: MainSectionKind[];
  /** Length of the label within the line, from its start (the colon included). */
  length: number;
  /** A sentence that introduces a part ("The main reasons were:"), not a label: the part is only guessed. */
  leadIn?: boolean;
}

/** A user's own label, as a literal phrase: it counts in any form ("1. Problem analysis", "**PROBLEM ANALYSIS**"). */
function aliasKind(lower: string, aliases: Aliases): MainSectionKind | undefined {
  for (const kind of mainSectionKinds) {
    for (const phrase of aliases[kind] ?? []) {
      const wanted = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
      if (wanted && lower.replace(/\s+/g, ' ').includes(wanted)) return kind;
    }
  }
  return undefined;
}

interface Meaning {
  kinds: MainSectionKind[];
  strong: boolean;
}

/** Which parts the words name, strongest and earliest first. */
function meaningOf(core: string, contentWords: number, hasDigit: boolean, aliases: Aliases): Meaning | undefined {
  // "How did it happen?", "Why did this occur?": the 'did' of a question is its auxiliary, not "what we did".
  const lower = core.toLowerCase().replace(/^(\W*(?:how|why|when|where)\s+)did\b/, '$1   ');
  const aliased = aliasKind(lower, aliases);
  if (aliased) return { kinds: [aliased], strong: true };
  if (planTitlePattern.test(lower) && !partPlanPattern.test(lower)) return undefined;
  const firstStrong: { kind: MainSectionKind; at: number }[] = [];
  for (const kind of mainSectionKinds) {
    const pattern = cuePatterns[kind].strong;
    pattern.lastIndex = 0;
    const found = pattern.exec(lower);
    if (found) firstStrong.push({ kind, at: found.index });
  }
  if (firstStrong.length > 0) {
    firstStrong.sort((a, b) => a.at - b.at);
    const [primary, ...others] = firstStrong;
    const kinds: MainSectionKind[] = [primary.kind];
    for (const other of others) {
      // Corrective actions and the prevention they serve are one part merged; any other pair needs an "and".
      const between = lower.slice(primary.at, other.at);
      if ((primary.kind === 'actions-taken' && other.kind === 'preventive-measures') || conjunctionPattern.test(between))
        kinds.push(other.kind);
    }
    return { kinds, strong: true };
  }
  // Weak words alone: "Steps taken", "Problem:", "Actions" (but not "Steps:", a sub-list's lead).
  for (const kind of mainSectionKinds) {
    const pattern = cuePatterns[kind].weak;
    pattern.lastIndex = 0;
    let count = 0;
    while (pattern.exec(lower)) count++;
    if (count >= 2 && contentWords <= 4 && !hasDigit) return { kinds: [kind], strong: false };
  }
  if (contentWords <= 1 && !hasDigit) {
    for (const kind of mainSectionKinds) if (lonePatterns[kind].test(lower)) return { kinds: [kind], strong: false };
  }
  return undefined;
}

interface Form {
  words: string[];
  /** The words as written, for their case. */
  raw: string[];
  sentence: boolean;
  head: boolean;
  verbless: boolean;
}

/** Whether the words read as a heading (a noun phrase, a question word) or as a sentence with its own verb. */
function formOf(core: string): Form {
  const raw = core.replace(/\(s\)/g, 's').match(wordPattern) ?? [];
  const words = raw.map((w) => w.toLowerCase().replace(/’/g, "'"));
  let first = 0;
  while (first < words.length - 1 && labelLeadWords.has(words[first])) first++;
  const head = words.length > 0 && labelHeadWords.has(words[first]);
  let sentence = sentenceSubjectPattern.test(core.trimStart());
  let verbless = true;
  // A clause inside the label ("What we did", "the steps we have taken", "that caused …") holds one verb of its own.
  let inClause = false;
  let clauseVerb = false;
  for (let i = 0; i < words.length && !sentence; i++) {
    const word = words[i];
    if (clauseOpenerWords.has(word)) {
      const pronoun = /^(?:i|we|you|they|he|she|it|this)$/.test(word);
      if (!pronoun || inClause || (i > 0 && (labelHeadWords.has(words[i - 1]) || clauseNouns.has(words[i - 1])))) {
        inClause = true;
        clauseVerb = false;
      }
      continue;
    }
    const finite = finiteVerbs.has(word) || contractedVerb.test(word);
    const past = isPastVerb(word);
    if (!finite && !past) continue;
    verbless = false;
    if (inClause) {
      if (!clauseVerb) clauseVerb = true;
      // A second verb after the clause's own is the sentence's: "What went wrong was reviewed."
      else if (finite && !auxiliaryChain.test(words[i - 1] ?? '')) sentence = true;
      continue;
    }
    if (finite || (past && i > first && objectWords.has(words[i + 1] ?? ''))) sentence = true;
  }
  return { words, raw, sentence, head, verbless: verbless && !sentence };
}

/** Words between the parts of one verb: "have been taken", "does not happen", "will now check". */
const auxiliaryChain = new RegExp(
  String.raw`^(?:is|are|was|were|am|has|had|have|will|would|shall|should|can|could|may|might|must|did|does|` +
    String.raw`do|not|never|been|be|also|now|already|\w+ly)$`,
  '',
);
const clauseNouns = new Set(['things', 'mistakes', 'changes', 'measures', 'steps', 'actions']);

function isCapitals(core: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(core) && core === core.toUpperCase();
}

const minorWords = new Set(['of', 'the', 'to', 'and', 'for', 'a', 'an', 'in', 'on', 'we', 'it', 'this', 'from', 'our', 'by', 'with', 'or']);

function isTitleCase(raw: string[]): boolean {
  return raw.length >= 2 && raw.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || minorWords.has(w));
}

/** A line of prose that runs on from or into the next: a PDF or e-mail wrap, not a line of its own. */
function isWrappedProse(line: string, core: string, context: LabelContext, terminator: Terminator): boolean {
  if (context.next && !terminator && line.length >= 60 && /^\s*\p{Ll}/u.test(context.next)) return true;
  const previous = context.previous?.trimEnd();
  return previous !== undefined && previous.length >= 60 && /[\p{L},]$/u.test(previous) && /^\p{Ll}/u.test(core.trimStart());
}

interface Weighed {
  points: number;
  meaning?: Meaning;
  other: boolean;
  sentence: boolean;
}

/** Weighs one candidate label: `core` is its text without numbering, wrappers or closing punctuation. */
function weigh(raw: string, terminator: Terminator, lead: Lead, context: LabelContext, line: string, inline: boolean): Weighed {
  const core = raw.trim();
  const request = requestStart.test(core) ? requestPrefixPattern.exec(core) : null;
  const isRequest = request !== null && request[0].trim().length > 0;
  const subject = isRequest && request[0].length < core.length ? core.slice(request[0].length) : core;
  const form = formOf(subject);
  const hasDigit = /\d/.test(subject);
  let points = 0;
  if (isRequest) points += evidence.request;
  else if (form.head) points += evidence.head + (form.verbless ? evidence.verbless : 0);
  if (terminator === ':') points += evidence.colon;
  if (terminator === '?') {
    const asks = questionStartPattern.test(subject);
    points += asks ? evidence.question : evidence.questionWithoutQuestionWord;
    if (asks && /\byou(?:r)?\b/i.test(subject)) points += evidence.sellerCentralQuestion;
  } else if (questionStartPattern.test(subject) && /\b(?:have|did|do|will) you\b/i.test(subject)) {
    // Seller Central's question copied without its "?".
    points += evidence.sellerCentralQuestion;
  }
  // A heading's shape outweighs its full stop: "Actions we took to fix the problem." is a title, as it is with a colon.
  if (terminator === '.' && !form.head) points += evidence.fullStop;
  if (lead.numbered) points += evidence.numbered;
  if (lead.wrapped || context.wrapped) points += evidence.wrapped;
  if (isCapitals(core) || isTitleCase(form.raw)) points += evidence.capitals;
  if (!inline) {
    if (isWrappedProse(line, core, context, terminator)) points += evidence.wrappedProse;
    else points += evidence.ownLine;
    if (context.ownParagraph) points += evidence.ownParagraph;
  }
  points += lengthPoints(form.words.length, isRequest);
  if (form.sentence) points += evidence.sentence;
  if (/,\s*\S/.test(core)) points += evidence.comma;
  if (hasDigit) points += evidence.digit;
  if (context.marker === 'bullet' && terminator !== ':' && !lead.wrapped && !context.wrapped && !isCapitals(core))
    points += evidence.bulletWithoutColon;
  // The meaning is weighed last, and only where it could still make a label or a lead-in: most lines are sentences.
  const best = points + evidence.meaning;
  if (best < evidence.threshold && !(terminator === ':' && best >= 0)) {
    return { points, other: best >= evidence.threshold - evidence.meaning && otherLabelPattern.test(core), sentence: form.sentence };
  }
  const firstContent = form.words.findIndex((w) => !labelLeadWords.has(w));
  const contentWords = firstContent < 0 ? 0 : form.words.length - firstContent;
  const meaning = meaningOf(core, contentWords, hasDigit, context.aliases ?? {});
  if (meaning?.strong) points += evidence.meaning;
  const other = !meaning && (otherLabelPattern.test(core) || planTitlePattern.test(core));
  return { points, meaning, other, sentence: form.sentence };
}

/** The gaps between words: a run of spaces counts once (masked Markdown syntax leaves runs of them). */
function countSpaces(text: string): number {
  let gaps = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32) gaps++;
  return gaps;
}

/**
 * The value of a header field such as "Issue: Order Defect Rate" or "Problem: LATE SHIPMENTS": a short name in
 * title case or capitals with no verb. After a weak word ("Issue", "Problem") it names the notice's topic, not a
 * root cause; "Problem: our packer missed the pickup" is still a root cause.
 */
function namesATopic(value: string): boolean {
  const core = stripTerminator(value.trim()).core;
  const form = formOf(core);
  return form.verbless && form.words.length > 0 && form.words.length <= 6 && (isTitleCase(form.raw) || isCapitals(core));
}

/** Two sentences on one line ("Root cause. We …") are never one label. */
const innerSentenceEnd = /[.!?;]\s+\S/;

/** A label run into its first sentence with a dash or as a question: "Root cause – Our packer …", "What caused the issue? Our …". */
const runInSeparator = /[ \t]+[-–—]+[ \t]+|\?[ \t]+/g;

function runInLabel(lead: Lead, context: LabelContext, line: string, colon: number): LineLabel | undefined {
  runInSeparator.lastIndex = 0;
  const separator = runInSeparator.exec(lead.rest.slice(0, 120));
  if (!separator || (colon >= 0 && colon < separator.index)) return undefined;
  const after = lead.rest.slice(separator.index + separator[0].length);
  // The sentence after it starts as a sentence does: "Root cause - as we found - was …" is one sentence.
  if (!/^[\p{Lu}\p{N}]/u.test(after)) return undefined;
  const prefix = lead.rest.slice(0, separator.index);
  if (innerSentenceEnd.test(prefix) || /[.!?;,:]$/.test(prefix)) return undefined;
  const terminator = separator[0].startsWith('?') ? '?' : '';
  return inlineLabel(prefix, terminator, after, lead, context, line, lead.offset + separator.index + separator[0].trimEnd().length);
}

/**
 * The words before a label's first sentence, weighed as a label on a line it shares: a part's
 * label, unless they are a sentence or a weak word before a topic's name ("Issue: Order Defect Rate").
 */
function inlineLabel(
  prefix: string,
  terminator: Terminator,
  after: string,
  lead: Lead,
  context: LabelContext,
  line: string,
  length: number,
): LineLabel | undefined {
  const weighed = weigh(prefix, terminator, lead, context, line, true);
  if (!weighed.meaning || weighed.sentence || weighed.points < evidence.threshold) return undefined;
  if (!weighed.meaning.strong && namesATopic(after)) return undefined;
  return { kind: weighed.meaning.kinds[0], kinds: weighed.meaning.kinds, length };
}

/**
 * Reads a line as a label, if it is one: "Root cause", "A) What went wrong:",
 * "+Root cause -+", "Greater detail on the root cause(s) of the issue:",
 * "What caused the issue?", or "Root cause: our stock count was wrong." (a
 * label followed by its first sentence).
 */
export function readLineLabel(line: string, context: LabelContext = {}): LineLabel | undefined {
  const trimmedEnd = line.replace(/\s+$/, '');
  // A long line is a sentence, unless it is a label with its first sentence after the colon.
  if (!trimmedEnd.trim() || (trimmedEnd.length > 260 && !/^[^:]{0,200}:/.test(trimmedEnd))) return undefined;
  const trimmed = trimmedEnd.trim();
  if (closingLine.test(trimmed)) return { kind: 'other', kinds: [], length: trimmedEnd.length };
  // A long line with no colon, no wrapper, no numbering and no request of Amazon's cannot gather the points: most lines are sentences.
  if (
    !context.wrapped &&
    countSpaces(trimmed) >= 18 &&
    !trimmed.includes(':') &&
    !/[ \t][-–—]+[ \t]|\?[ \t]/.test(trimmed.slice(0, 120)) &&
    /^[\p{Ll}\p{Lu}]/u.test(trimmed) &&
    !requestStart.test(trimmed)
  )
    return undefined;
  const heading = context.wrapped === true || /^\s*#{1,6}\s/.test(trimmedEnd);
  const lead = stripLead(trimmedEnd);
  lead.wrapped ||= heading;
  // One of several problems, each answered in full under it: its heading closes the part before and opens none.
  const problem = problemHeadingPattern.exec(lead.rest);
  if (problem && countSpaces(lead.rest) < 10 && formOf(lead.rest.slice(problem[0].length)).verbless)
    return { kind: 'other', kinds: [], length: trimmedEnd.length };
  const colon = lead.rest.indexOf(':');
  if (colon >= 0 && colon < 200) {
    const after = lead.rest.slice(colon + 1);
    const closing = /^[\s*_+]*/.exec(after)![0];
    if (after.slice(closing.length).trim() !== '') {
      // A label with its first sentence after the colon: only the words before it are weighed.
      const prefix = stripTerminator(lead.rest.slice(0, colon)).core;
      if (innerSentenceEnd.test(prefix)) return undefined;
      const length = lead.offset + colon + 1 + closing.replace(/\s+$/, '').length;
      return inlineLabel(prefix, ':', after.slice(closing.length), lead, context, trimmedEnd, length);
    }
  }
  const runIn = runInLabel(lead, context, trimmedEnd, colon);
  if (runIn) return runIn;
  if (trimmedEnd.length > 200 || countSpaces(trimmedEnd) > 30) return undefined;
  const { core, terminator, exclaimed } = stripTerminator(lead.rest);
  if (exclaimed || !core.trim() || /[;,]$/.test(core) || innerSentenceEnd.test(core)) return undefined;
  const weighed = weigh(core, terminator, lead, context, trimmedEnd, false);
  if (weighed.meaning) {
    if (weighed.points >= evidence.threshold)
      return { kind: weighed.meaning.kinds[0], kinds: weighed.meaning.kinds, length: trimmedEnd.length };
    const words = core.match(wordPattern)?.length ?? 0;
    if (terminator === ':' && weighed.points >= 0 && words <= 24)
      return { kind: weighed.meaning.kinds[0], kinds: weighed.meaning.kinds, length: trimmedEnd.length, leadIn: true };
    return undefined;
  }
  const plainWords = /^[\p{L}\p{N}\s()&/'’-]+$/u.test(core.trim());
  if (weighed.other && !weighed.sentence && (terminator === ':' || (plainWords && weighed.points >= evidence.threshold)))
    return { kind: 'other', kinds: [], length: trimmedEnd.length };
  return undefined;
}

/** What a Markdown heading is: one of the three parts by its words, or any other part. */
export function classifyHeading(text: string, aliases: Aliases = {}): { kind: SectionKind; kinds: MainSectionKind[] } {
  const { core } = stripTerminator(stripLead(text).rest);
  const words = core.match(wordPattern)?.length ?? 0;
  if (words === 0 || words > 20) return { kind: 'other', kinds: [] };
  const content = (core.toLowerCase().match(wordPattern) ?? []).filter((w) => !labelLeadWords.has(w)).length;
  const meaning = meaningOf(core, content, /\d/.test(core), aliases);
  if (!meaning) return { kind: 'other', kinds: [] };
  return { kind: meaning.kinds[0], kinds: meaning.kinds };
}

/** Kept for callers that only want the kind of a label's text. */
export function classifyLabel(text: string, aliases: Aliases = {}): SectionKind | undefined {
  return readLineLabel(text, { aliases, ownParagraph: true })?.kind;
}

export { closingLine };
