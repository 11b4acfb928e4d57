import { LruCache } from './cache';
import { readLineLabel, type Aliases, type LineLabel } from './labels';
import { layoutMarkdownDocument } from './markdown';
import type { PlanOfAction } from './model';
import { layoutSource, parsePlanOfAction } from './parse';
import { type Span, lineEndOf, lineStartOf, trimSpan } from './text';

/*
 * Whether the plan reads the same once some of its text is removed: the
 * same labels, blocks and sentences around the gap, the same text hidden.
 * A removal can change how the rest reads: a sentence that ran into raw
 * HTML leaves the HTML at the start of its line, where Markdown opens a
 * block that swallows the lines after it; a question with a sentence after
 * it is prose, alone on its line it is a label.
 *
 * Markdown and the plain-text reader decide what a line is by how it starts
 * and how it ends, and by it whether the next line goes on with it. So the
 * lines a removal at either end of a line touches are read again alone,
 * before and after: as the first lines of a block and as lines going on
 * with a paragraph, each time with a line after them. A removal in the
 * middle of a line, with the seller's words on both sides, leaves that as
 * it was; only the label reader, which weighs the whole line, reads it again.
 */

function cut(text: string, removals: readonly Span[]): string {
  let out = '';
  let cursor = 0;
  for (const r of removals) {
    out += text.slice(cursor, r.start);
    cursor = r.end;
  }
  return out + text.slice(cursor);
}

/** Where an offset lands once the removals are cut out. */
function mapThrough(removals: readonly Span[], offset: number): number {
  let moved = offset;
  for (const r of removals) {
    if (offset >= r.end) moved -= r.end - r.start;
    else if (offset > r.start) moved -= offset - r.start;
  }
  return moved;
}

/** Labels, blocks and sentences, at offsets moved by `map` and trimmed on `masked`; what the removal took drops out. */
function structure(read: PlanOfAction, map: (offset: number) => number, masked: string): string {
  const at = (span: Span) => {
    const moved = trimSpan(masked, { start: map(span.start), end: map(span.end) });
    return moved.end > moved.start ? `${moved.start}-${moved.end}` : undefined;
  };
  const out = read.sections.map((section) => `${section.kind} label ${at(section.label)}`);
  for (const block of read.blocks) {
    const where = at(block.span);
    if (where) out.push(`${block.kind} ${block.depth} ${block.introducesList === true} ${where}`);
  }
  for (const sentence of read.sentences) {
    const where = at(sentence.span);
    if (where) out.push(`sentence ${where}`);
  }
  return out.join('\n');
}

/** A line of prose of its own, after a blank line: whether it is read as prose shows whether the lines before leave a block open. */
const otherLine = 'Next.';

function readAlone(source: string, poa: PlanOfAction, aliases: Aliases): PlanOfAction {
  // Parsed whole, not through the chunk cache: these texts are never linted.
  const layout = poa.format === 'markdown' ? layoutMarkdownDocument(layoutSource(source, 'markdown')) : undefined;
  return parsePlanOfAction(source, { format: poa.format, aliases, layout });
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);

/** Readings by the text read and what it was compared with: after a keystroke, the lines it did not touch are not read again. */
export class RemovalVerdicts {
  private readonly verdicts = new LruCache<boolean>(2_000_000, (key) => key.length);

  verdict(key: string, judge: () => boolean): boolean {
    const known = this.verdicts.get(key);
    if (known !== undefined) return known;
    const verdict = judge();
    this.verdicts.set(key, verdict);
    return verdict;
  }

  clear(): void {
    this.verdicts.clear();
  }
}

/**
 * What the lines from `start` to `end` are read with: the line after them
 * (a blank one, if it is) and a line of prose after a blank line; and the
 * line before them, when it has text and, read alone with them, reads as it
 * does in the plan. Otherwise they are read both as the first lines of a
 * block and as lines that go on with a paragraph.
 */
function contexts(
  verdicts: RemovalVerdicts,
  poa: PlanOfAction,
  start: number,
  end: number,
  aliases: Aliases,
  aliasKey: string,
): { before: string; after: string }[] {
  const { text, masked } = poa;
  let nextEnd = end;
  if (end < text.length) {
    const nextStart = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    const lineEnd = lineEndOf(text, nextStart);
    if (!isBlank(text.slice(nextStart, lineEnd))) nextEnd = lineEnd;
  }
  const after = end < text.length ? `${text.slice(end, nextEnd)}\n\n${otherLine}` : '';
  if (start === 0) return [{ before: '', after }];
  const previousEnd = start - (text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1);
  const previousStart = lineStartOf(text, previousEnd);
  if (isBlank(text.slice(previousStart, previousEnd))) return [{ before: '', after }];
  const before = text.slice(previousStart, start);
  const expected = masked.slice(previousStart, nextEnd);
  const readsAsInPlan = verdicts.verdict(
    `context|${poa.format}|${aliasKey}|${before}${text.slice(start, end)}\u0000${after}\u0000${expected}`,
    () => readAlone(before + text.slice(start, end) + after, poa, aliases).masked.startsWith(expected),
  );
  return readsAsInPlan
    ? [{ before, after }]
    : [
        { before: '', after },
        { before: `${otherLine}\n`, after },
      ];
}

/**
 * Whether the removals (relative to the lines from `start` to `end`) leave
 * those lines reading the same alone, in each of their contexts.
 */
function linesReadTheSame(
  verdicts: RemovalVerdicts,
  poa: PlanOfAction,
  start: number,
  end: number,
  removals: readonly Span[],
  aliases: Aliases,
  aliasKey: string,
): boolean {
  const lines = poa.text.slice(start, end);
  const cuts = removals.map((r) => `${r.start}-${r.end}`).join(',');
  return contexts(verdicts, poa, start, end, aliases, aliasKey).every(({ before, after }) =>
    verdicts.verdict(`lines|${poa.format}|${aliasKey}|${cuts}|${before}\u0000${lines}\u0000${after}`, () => {
      const shifted = removals.map((r) => ({ start: r.start + before.length, end: r.end + before.length }));
      const was = readAlone(before + lines + after, poa, aliases);
      const now = readAlone(before + cut(lines, removals) + after, poa, aliases);
      return (
        cut(was.masked, shifted) === now.masked &&
        structure(was, (offset) => mapThrough(shifted, offset), now.masked) === structure(now, (offset) => offset, now.masked)
      );
    }),
  );
}

/** The line before the one starting at `start` and the line after the one ending at `end`, in `masked` ('' at either end of the text). */
function neighbours(poa: PlanOfAction, start: number, end: number): { previous: string; next: string } {
  const { text, masked } = poa;
  let previous = '';
  if (start > 0) {
    const previousEnd = start - (text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1);
    previous = masked.slice(lineStartOf(text, previousEnd), previousEnd);
  }
  let next = '';
  if (end < text.length) {
    const nextStart = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    next = masked.slice(nextStart, lineEndOf(text, nextStart));
  }
  return { previous, next };
}

/**
 * Each line keeps the label it had, or stays no label: read alone and with
 * the lines around it, as the parser reads a line of a paragraph; and the
 * line after it keeps its reading, which weighs the length of the line
 * before it (a long line running on into it is one wrapped sentence).
 */
function labelsReadTheSame(
  verdicts: RemovalVerdicts,
  poa: PlanOfAction,
  start: number,
  end: number,
  removals: readonly Span[],
  aliases: Aliases,
  aliasKey: string,
): boolean {
  const line = poa.masked.slice(start, end);
  const isBold = poa.format === 'markdown' && /^\s*(\*\*|__)/.test(poa.text.slice(start, end));
  const cuts = removals.map((r) => `${r.start}-${r.end}`).join(',');
  const { previous, next } = neighbours(poa, start, end);
  return verdicts.verdict(`label|${isBold}|${aliasKey}|${cuts}|${line}\u0000${previous}\u0000${next}`, () => {
    const shortened = cut(line, removals);
    const same = (a: LineLabel | undefined, b: LineLabel | undefined) => a?.kind === b?.kind && a?.length === b?.length;
    const inParagraph = {
      aliases,
      wrapped: isBold,
      ownParagraph: !previous.trim() && !next.trim(),
      previous: previous.trim() ? previous : undefined,
      next: next.trim() ? next : undefined,
    };
    return (
      same(readLineLabel(line, { aliases, wrapped: isBold }), readLineLabel(shortened, { aliases, wrapped: isBold })) &&
      same(readLineLabel(line, inParagraph), readLineLabel(shortened, inParagraph)) &&
      (!next.trim() || same(readLineLabel(next, { aliases, previous: line }), readLineLabel(next, { aliases, previous: shortened })))
    );
  });
}

/** The removal takes a line break, or the seller's words on its line start or end with it. */
function atLineEdge(poa: PlanOfAction, r: Span): boolean {
  const { text, masked } = poa;
  return (
    /[\r\n]/.test(text.slice(r.start, r.end)) ||
    masked.slice(lineStartOf(text, r.start), r.start).trim() === '' ||
    masked.slice(r.end, lineEndOf(text, r.end)).trim() === ''
  );
}

interface LineGroup extends Span {
  /** The removals on these lines, merged where they touch. */
  removals: Span[];
  asked: Span[];
}

/** The removals grouped by the lines they touch: from the start of a removal's line to the end of the line it ends on. */
function lineGroups(text: string, removals: readonly Span[]): LineGroup[] {
  const groups: LineGroup[] = [];
  for (const r of [...removals].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = groups[groups.length - 1];
    const start = lineStartOf(text, r.start);
    const end = lineEndOf(text, r.end);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      const merged = last.removals[last.removals.length - 1];
      if (r.start <= merged.end) merged.end = Math.max(merged.end, r.end);
      else last.removals.push({ ...r });
      last.asked.push(r);
    } else groups.push({ start, end, removals: [{ ...r }], asked: [r] });
  }
  return groups;
}

/**
 * Of these removals, those that can be made together without changing how
 * the rest of the plan reads: the removals on the same lines are kept all
 * together or not at all. Asked about one removal: whether it can be made.
 */
export function removableTogether<T extends Span>(
  verdicts: RemovalVerdicts,
  poa: PlanOfAction,
  removals: readonly T[],
  aliases: Aliases,
): T[] {
  const aliasKey = JSON.stringify(aliases);
  return lineGroups(poa.text, removals)
    .filter((group) => {
      const removals = group.removals.map((r) => ({ start: r.start - group.start, end: r.end - group.start }));
      return group.removals.some((r) => atLineEdge(poa, r))
        ? linesReadTheSame(verdicts, poa, group.start, group.end, removals, aliases, aliasKey)
        : labelsReadTheSame(verdicts, poa, group.start, group.end, removals, aliases, aliasKey);
    })
    .flatMap((group) => group.asked as T[]);
}
