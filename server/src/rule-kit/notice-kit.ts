import type { MainSectionKind } from '../common/settings';
import type { PlanOfAction, Section } from '../engine/model';
import type { NoticeBlock, PlacedNotice, PlanNotices } from '../engine/plan-notice';
import type { Fix } from '../engine/rule';
import type { Span } from '../engine/text';
import { idsOutside } from '../engine/notice';
import { documentStartSpan } from './missing-section';
import { labelStyle, sectionNames } from './section-skeleton';

/**
 * Where a finding about the notice sits: on the notice's own words when it
 * is in the plan, so it points at what is missing; on the plan's first line
 * when the notice came from beside it.
 */
export function noticeSpan(poa: PlanOfAction, placed: PlacedNotice<unknown>, span: Span): Span {
  if (placed.offset === undefined) return documentStartSpan(poa);
  return { start: placed.offset + span.start, end: placed.offset + span.end };
}

/** " (in draft.notification.txt)" when the notice is not in the plan: the finding's place alone would not say so. */
export function noticeOrigin(placed: PlacedNotice<unknown>): string {
  return placed.offset === undefined && placed.file ? ` (in ${placed.file})` : '';
}

/**
 * The seller's own text: the plan with the notice and rejection, front matter
 * and comments blanked out (offsets kept). Quotes, code and links still count:
 * an ID the seller wrote anywhere in the plan is mentioned.
 */
export function ownText(poa: PlanOfAction, blocks: readonly NoticeBlock[]): string {
  const blank = [
    ...blocks.map((block) => block.span),
    ...poa.hidden.filter((span) => span.reason === 'frontmatter' || span.reason === 'comment'),
  ].sort((a, b) => a.start - b.start);
  if (blank.length === 0) return poa.text;
  let out = '';
  let cursor = 0;
  for (const span of blank) {
    const start = Math.max(cursor, span.start);
    if (span.end <= start) continue;
    out += poa.text.slice(cursor, start) + poa.text.slice(start, span.end).replace(/[^\r\n]/g, ' ');
    cursor = span.end;
  }
  return out + poa.text.slice(cursor);
}

/** The IDs the seller's own text mentions (see ownText): what the notice's IDs are checked against. */
export function mentionedIds(poa: PlanOfAction, blocks: readonly NoticeBlock[]): Set<string> {
  const skipped = [
    ...blocks.map((block) => block.span),
    ...poa.hidden.filter((span) => span.reason === 'frontmatter' || span.reason === 'comment'),
  ];
  return idsOutside(poa.text, skipped);
}

/** The first section of a kind, where the parts' label opens it. */
export function sectionOf(poa: PlanOfAction, kind: MainSectionKind): Section | undefined {
  return poa.sections.find((section) => section.kinds.includes(kind));
}

/** The section's text outside any notice, masked (the seller's voice only). */
export function sectionWords(poa: PlanOfAction, section: Section, blocks: readonly NoticeBlock[]): string {
  let text = poa.masked.slice(section.body.start, section.body.end);
  for (const block of blocks) {
    const start = Math.max(block.span.start, section.body.start) - section.body.start;
    const end = Math.min(block.span.end, section.body.end) - section.body.start;
    if (end > start) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}

/**
 * Fixes that append a line to the end of a section's content (never inside a
 * notice block): a list item in the document's own list style when the
 * section ends with one, else a line of its own. Offered, never applied by
 * fix-all: they need the seller's words.
 */
export function sectionAppender(poa: PlanOfAction, section: Section): (line: string, title: string) => Fix {
  const inSection = poa.blocks.filter((block) => block.span.start >= section.body.start && block.span.end <= section.body.end);
  const last = inSection[inSection.length - 1];
  const offset = last ? last.span.end : section.label.end;
  const eol = poa.text.includes('\r\n') ? '\r\n' : '\n';
  const bullet = last?.kind === 'item' ? labelStyle(poa).bullet : undefined;
  return (line, title) => ({
    title,
    edits: [{ start: offset, end: offset, newText: bullet ? `${eol}${bullet}${line}` : `${eol}${eol}${line}` }],
  });
}

export function sectionName(kind: MainSectionKind): string {
  return sectionNames[kind].toLowerCase();
}

/** Whether an edit would touch a notice block: no fix may. */
export function touchesNotice(notices: PlanNotices, fix: Fix): boolean {
  return fix.edits.some((edit) => notices.blocks.some((block) => edit.start < block.span.end && edit.end > block.span.start));
}
