import { lineStartOf, lineEndOf } from '../engine/text';
import { closingLine } from '../engine/labels';
import type { PlanOfAction, Section } from '../engine/model';
import type { MainSectionKind } from '../common/settings';
import type { Fix } from '../engine/rule';

/**
 * The fix for a missing section: a labelled skeleton inserted where reviewers
 * expect it, written the way the document writes its other labels.
 */

export const sectionNames: Record<MainSectionKind, string> = {
  'root-cause': 'Root cause',
  'actions-taken': 'Actions taken',
  'preventive-measures': 'Preventive measures',
};

/** One line the placeholder rule flags, so the seller is led to fill it in. */
export const skeletonBodies: Record<MainSectionKind, string> = {
  'root-cause': '[Describe what in your own process went wrong, and why]',
  'actions-taken': '[Who did what, how much, and on which date]',
  'preventive-measures': '[Who will do what, how often, starting on which date]',
};

export const sectionRank: Record<MainSectionKind, number> = { 'root-cause': 0, 'actions-taken': 1, 'preventive-measures': 2 };

export interface LabelStyle {
  style: Section['style'];
  headingLevel: number;
  letterCase: 'sentence' | 'title' | 'upper';
  /** "B) " for the section of this rank, when the other labels are lettered or numbered by their place. */
  enumerate?: (rank: number) => string;
  blankAfterLabel: boolean;
  /** The list marker of the document's action items ("- ", "• ", "1) "), if it lists them. */
  bullet?: string;
}

const isMain = (section: Section): section is Section & { kind: MainSectionKind } => section.kind !== 'other';

const enumeratorPattern = /^(\(?)(\d{1,2}|[A-Ha-h])([.):])[ \t]+/;

/** The label line without heading or bold markers: "A) What went wrong:". */
function labelLine(poa: PlanOfAction, section: Section): string {
  return poa.text.slice(lineStartOf(poa.text, section.label.start), section.label.end).replace(/^[\s#>*_]+/, '');
}

function enumeration(poa: PlanOfAction, mains: (Section & { kind: MainSectionKind })[]): LabelStyle['enumerate'] {
  let offset: number | undefined;
  let form: { open: string; letter: 'upper' | 'lower' | 'digit'; close: string } | undefined;
  for (const section of mains) {
    const match = enumeratorPattern.exec(labelLine(poa, section));
    if (!match) return undefined;
    const [, open, value, close] = match;
    const letter = /\d/.test(value) ? 'digit' : value === value.toUpperCase() ? 'upper' : 'lower';
    const index = letter === 'digit' ? Number(value) - 1 : value.toLowerCase().charCodeAt(0) - 97;
    const shift = index - sectionRank[section.kind];
    if (offset !== undefined && (shift !== offset || letter !== form?.letter)) return undefined;
    offset = shift;
    form = { open, letter, close };
  }
  // A plan that starts its numbering at its prevention ("1) Long-term measures") leaves no number for the sections before it.
  if (offset === undefined || !form || offset < 0) return undefined;
  const { open, letter, close } = form;
  const at = offset;
  return (r) => {
    const index = r + at;
    const value = letter === 'digit' ? String(index + 1) : String.fromCharCode((letter === 'upper' ? 65 : 97) + index);
    return `${open}${value}${close} `;
  };
}

function letterCaseOf(mains: Section[]): LabelStyle['letterCase'] {
  const words = mains
    .map((s) =>
      s.labelText
        .replace(enumeratorPattern, '')
        .replace(/[^\p{L}\s]/gu, ' ')
        .trim(),
    )
    .filter(Boolean);
  if (words.length === 0) return 'sentence';
  if (words.every((w) => w === w.toUpperCase())) return 'upper';
  const minor = /^(?:of|the|to|and|for|a|an|in|on|we|it|this|our)$/;
  if (words.every((w) => w.split(/\s+/).every((word) => minor.test(word) || /^\p{Lu}/u.test(word)) && w.includes(' '))) return 'title';
  return 'sentence';
}

function bulletOf(poa: PlanOfAction): string | undefined {
  const item = poa.items.find((i) => i.source === 'list-item' && i.section.kind !== 'root-cause');
  if (!item) return undefined;
  const marker = poa.text.slice(lineStartOf(poa.text, item.span.start), item.span.start).trimStart();
  if (!marker || /[^\s\-*+•◦▪▫●○■□➢➤►▶·–—\d.)([\]]/.test(marker)) return undefined;
  // A numbered list restarts at 1 in a new section; a task box is not carried over.
  return marker.replace(/^\d{1,2}/, '1').replace(/\[[ xX]\]\s*/, '');
}

/** How the document writes its section labels, read from the labels it has. */
export function labelStyle(poa: PlanOfAction): LabelStyle {
  const mains = poa.sections.filter(isMain);
  const reference = mains[0] ?? poa.sections.find((s) => s.style === 'heading' && s.headingLevel > 1);
  const bullet = bulletOf(poa);
  if (!reference) {
    const subject = poa.sections.find((s) => s.style === 'heading');
    if (poa.format === 'markdown')
      return {
        style: 'heading',
        headingLevel: Math.min(6, (subject?.headingLevel ?? 1) + 1),
        letterCase: 'sentence',
        blankAfterLabel: true,
        bullet,
      };
    return { style: 'plain', headingLevel: 0, letterCase: 'sentence', blankAfterLabel: false, bullet };
  }
  // A blank line after the label, as the document does where a label stands on its own line.
  const alone = [reference, ...mains].find(
    (s) => poa.text.slice(s.label.end, lineEndOf(poa.text, s.label.end)).replace(/[*_\s]/g, '') === '',
  );
  const afterLabel = alone ? lineEndOf(poa.text, alone.label.end) : -1;
  const nextLine = alone ? /^(?:\r\n|\r|\n)([^\r\n]*)/.exec(poa.text.slice(afterLabel, afterLabel + 400)) : null;
  const blankAfterLabel = nextLine ? nextLine[1].trim() === '' : reference.style === 'heading';
  const firstOfEach = mains.filter((s, i) => mains.findIndex((t) => t.kind === s.kind) === i);
  return {
    style: reference.style,
    headingLevel: reference.headingLevel || 2,
    letterCase: letterCaseOf(mains),
    enumerate: firstOfEach.length > 0 ? enumeration(poa, firstOfEach) : undefined,
    blankAfterLabel,
    bullet,
  };
}

export function cased(label: string, letterCase: LabelStyle['letterCase']): string {
  if (letterCase === 'upper') return label.toUpperCase();
  if (letterCase === 'title') return label.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return label;
}

/** The label line for a section of this kind, as the document writes labels. */
export function formatSectionLabel(kind: MainSectionKind, style: LabelStyle): string {
  const name = `${style.enumerate?.(sectionRank[kind]) ?? ''}${cased(sectionNames[kind], style.letterCase)}`;
  if (style.style === 'heading') return `${'#'.repeat(style.headingLevel)} ${name}`;
  if (style.style === 'bold') return `**${name}:**`;
  return `${name}:`;
}

/** Where a missing section belongs: before the section that should follow it, or after the one it follows. */
function insertionOffset(poa: PlanOfAction, kind: MainSectionKind, beforeGuess?: number): number {
  const mains = poa.sections.filter(isMain);
  const later = mains.find((s) => sectionRank[s.kind] > sectionRank[kind]);
  if (later) return lineStartOf(poa.text, later.label.start);
  if (beforeGuess !== undefined) return beforeGuess;
  const earlier = mains.filter((s) => sectionRank[s.kind] < sectionRank[kind]);
  if (earlier.length > 0) return earlier[earlier.length - 1].body.end;
  // No other section: before the sign-off, or at the end.
  const closing = poa.sections.find((s) => s.kind === 'other' && closingLine.test(s.labelText));
  return closing ? lineStartOf(poa.text, closing.label.start) : poa.text.length;
}

/** Inserts the missing section with a one-line placeholder body; changes no existing text. */
/** `beforeGuess`: the start of the line of a later part's unlabelled paragraph, which its own fix labels there. */
export function insertSectionFix(poa: PlanOfAction, kind: MainSectionKind, beforeGuess?: number): Fix {
  const style = labelStyle(poa);
  const offset = insertionOffset(poa, kind, beforeGuess);
  // Never \n right after a lone \r: the two would read as one line break, and the label would join the line before.
  const eol = poa.text.includes('\r\n')
    ? '\r\n'
    : !poa.text.includes('\n') && poa.text.includes('\r')
      ? '\r'
      : poa.text[offset - 1] === '\r'
        ? '\r\n'
        : '\n';
  const body = kind !== 'root-cause' && style.bullet ? `${style.bullet}${skeletonBodies[kind]}` : skeletonBodies[kind];
  const block = [formatSectionLabel(kind, style), ...(style.blankAfterLabel ? [''] : []), body].join(eol);

  const before = poa.text.slice(0, offset);
  const atEnd = poa.text.slice(offset).trim() === '';
  let lead = '';
  if (before.trim() !== '') {
    if (!/(?:\r\n|\r|\n)$/.test(before)) lead = eol + eol;
    else if (!/(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\r|\n)$/.test(before)) lead = eol;
  }
  const trail = atEnd && before.trim() !== '' ? eol : eol + eol;
  return {
    title: `Insert ${/^[aeiou]/i.test(sectionNames[kind]) ? 'an' : 'a'} '${sectionNames[kind]}' section`,
    edits: [{ start: offset, end: offset, newText: lead + block + trail }],
    preferred: true,
  };
}
