import { classifyHeading, readLineLabel, type Aliases, type LabelContext } from './labels';
import { compileFollowing, compileWordList } from './patterns';
import { subjectLine } from '../words/en/labels';
import { promisePatterns } from '../words/en/promises';
import { closingRemarkPatterns } from '../words/en/reviewer';
import type { MainSectionKind } from '../common/settings';
import { layoutMarkdown, type SourceBlock, type SourceLayout } from './markdown';
import type { ActionItem, Block, DocumentFormat, PlanOfAction, Section, SectionKind, Sentence } from './model';
import { layoutPlainText, mayContinueItem, plainListMarker, splitLines } from './plain';
import { splitSentences } from './sentences';
import { LineIndex, type Span, lineStartOf, trimSpan } from './text';

export interface ParseOptions {
  format?: DocumentFormat;
  aliases?: Aliases;
  /** The Markdown layout, when the caller laid the text out already (in steps, on a long text). */
  layout?: SourceLayout;
}

/** `.poa.txt` and `.txt` are pasted plain text; everything else is read as Markdown. */
export function formatForPath(path: string): DocumentFormat {
  return /\.txt$/i.test(path) ? 'plain' : 'markdown';
}

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/** Replaces every character of the hidden spans by a space, keeping line breaks. */
function maskText(text: string, hidden: Span[]): string {
  if (hidden.length === 0) return text;
  const sorted = hidden.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    out += text.slice(cursor, start) + text.slice(start, span.end).replace(/[^\r\n]/g, ' ');
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

interface LabelBlock extends Block {
  kind: 'label';
  sectionKind: SectionKind;
  sectionKinds: MainSectionKind[];
  style: Section['style'];
  /** A sentence that introduces a part rather than a label: its part is only guessed. */
  leadIn?: boolean;
}

function labelBlock(
  span: Span,
  label: { kind: SectionKind; kinds: MainSectionKind[]; leadIn?: boolean },
  style: Section['style'],
): LabelBlock {
  return {
    kind: 'label',
    span,
    depth: 0,
    sectionKind: label.kind,
    sectionKinds: label.kinds,
    style,
    ...(label.leadIn && { leadIn: true }),
  };
}

/** The list marker before an item's text: a bullet, or numbering and lettering ("1.", "a)"), which labels may carry. */
function markerOf(text: string, start: number): LabelContext['marker'] {
  let i = start;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  const marker = text.slice(i, start).trim();
  if (!marker) return undefined;
  return /[\p{L}\p{N}]/u.test(marker) ? 'numbered' : 'bullet';
}

type ModelBlock = Block | LabelBlock;

/** Whether an unmarked line goes on with the list item above it: one that may, and is no label ("Preventive measures", "Regards,"). */
function continuesItem(itemLine: string, line: string, aliases: Aliases): boolean {
  return mayContinueItem(itemLine, line) && !readLineLabel(line, { aliases, previous: itemLine });
}

/**
 * Reads a paragraph line by line: plain-text labels, bullet lines and the
 * prose between them, as sellers paste them with no blank lines.
 */
function readParagraph(
  text: string,
  masked: string,
  block: SourceBlock,
  format: DocumentFormat,
  aliases: Aliases,
  out: ModelBlock[],
): void {
  let prose: Block | undefined;
  /** The pasted bullet item the last line belonged to, which an unmarked line may go on with. */
  let item: Block | undefined;
  const lines = splitLines(masked, block.span);
  const contentOf = (i: number) => (i >= 0 && i < lines.length ? masked.slice(lines[i].start, lines[i].end) : undefined);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = masked.slice(line.start, line.end);
    if (!content.trim()) {
      prose = item = undefined;
      continue;
    }
    const isBold = format === 'markdown' && /^\s*(\*\*|__)/.test(text.slice(line.start, line.end));
    // "[Describe the actions you took]" is a template's slot, not a label; "[ROOT CAUSE]" is a label in brackets.
    const bracketed = /^\s*\[([^\]]*)\]\s*$/.exec(text.slice(line.start, line.end));
    const templateSlot = bracketed !== null && !isBracketedLabel(bracketed[1]);
    const previous = contentOf(i - 1);
    const next = contentOf(i + 1);
    const ownParagraph = !previous?.trim() && !next?.trim();
    const label = templateSlot
      ? undefined
      : readLineLabel(content, {
          aliases,
          wrapped: isBold,
          ownParagraph,
          previous: previous?.trim() ? previous : undefined,
          next: next?.trim() ? next : undefined,
        });
    if (label) {
      item = undefined;
      const labelSpan = trimSpan(masked, { start: line.start, end: line.start + label.length });
      out.push(labelBlock(labelSpan, label, isBold ? 'bold' : 'plain'));
      const rest = trimSpan(masked, { start: line.start + label.length, end: line.end });
      prose = rest.end > rest.start ? { kind: 'paragraph', span: rest, depth: 0 } : undefined;
      if (prose) out.push(prose);
      continue;
    }
    const marker = format === 'markdown' ? plainListMarker.exec(content) : null;
    if (marker && !/^[*+-]$/.test(marker[2])) {
      prose = undefined;
      item = {
        kind: 'item',
        span: trimSpan(masked, { start: line.start + marker[0].length, end: line.end }),
        depth: 0,
        introducesList: /:\s*$/.test(content),
      };
      out.push(item);
      continue;
    }
    if (item && previous !== undefined && mayContinueItem(previous, content)) {
      item.span = trimSpan(masked, { start: item.span.start, end: line.end });
      continue;
    }
    item = undefined;
    if (prose) prose.span = { start: prose.span.start, end: line.end };
    else {
      prose = { kind: 'paragraph', span: trimSpan(masked, line), depth: 0 };
      out.push(prose);
    }
  }
}

/** The words in brackets name a part, and nothing else: "[ROOT CAUSE]", "[Actions taken]", but not "[Your root cause here]". */
function isBracketedLabel(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  const instruction = /\b(?:your|here|describe|explain|insert|enter|write|list|add)\b/i;
  if (words.length > 4 || !/^[\p{L}\s&/'’-]+$/u.test(inner) || instruction.test(inner)) return false;
  const label = readLineLabel(inner, { ownParagraph: true });
  return label !== undefined && label.kind !== 'other' && !label.leadIn;
}

function readItem(text: string, masked: string, block: SourceBlock, format: DocumentFormat, aliases: Aliases, out: ModelBlock[]): void {
  const lines = splitLines(masked, block.span);
  // A section label on a later line of the item ("2. Actions taken" then "PREVENTIVE MEASURES" with no
  // blank line between) is read there, as it is in a paragraph: Markdown runs such a line into the item.
  const isSectionLabel = (line: Span, i: number) => {
    const label = readLineLabel(masked.slice(line.start, line.end), {
      aliases,
      previous: masked.slice(lines[i - 1].start, lines[i - 1].end),
    });
    return label !== undefined && label.kind !== 'other' && !label.leadIn;
  };
  const labelLine = lines.findIndex((line, i) => i > 0 && isSectionLabel(line, i));
  if (labelLine > 0) {
    readItem(text, masked, { ...block, span: { start: block.span.start, end: lines[labelLine - 1].end } }, format, aliases, out);
    readParagraph(
      text,
      masked,
      { ...block, kind: 'paragraph', span: { start: lines[labelLine].start, end: block.span.end } },
      format,
      aliases,
      out,
    );
    return;
  }
  const firstLineEnd = lines[0].end;
  const marker = markerOf(text, block.span.start);
  const next = lines.length > 1 ? masked.slice(lines[1].start, lines[1].end) : undefined;
  const label = readLineLabel(masked.slice(block.span.start, firstLineEnd), { aliases, marker, ownParagraph: lines.length === 1, next });
  // A bullet that introduces a list ("• We did the following:") is an item, not a part of its own.
  if (label && label.kind !== 'other' && !(label.leadIn && marker === 'bullet')) {
    out.push(labelBlock(trimSpan(masked, { start: block.span.start, end: block.span.start + label.length }), label, 'plain'));
    const rest = trimSpan(masked, { start: block.span.start + label.length, end: block.span.end });
    if (rest.end > rest.start) out.push({ kind: 'paragraph', span: rest, depth: 0 });
    return;
  }
  const span = trimSpan(masked, block.span);
  if (span.end <= span.start) return;
  out.push({
    kind: 'item',
    span,
    depth: block.depth,
    introducesList:
      /:\s*$/.test(masked.slice(span.start, span.end)) ||
      (block.hasChildren === true && /:\s*$/.test(masked.slice(block.span.start, firstLineEnd))),
  });
}

/**
 * The text as it is laid out. A byte order mark at the start is read as the
 * space it stands for: a bullet or label after it is still one. micromark
 * also drops a byte order mark at the start of what it parses, which would
 * put every later offset one off (in any chunk parsed on its own), so in
 * Markdown any other one is read as the zero-width character it looks like.
 */
export function layoutSource(text: string, format: DocumentFormat): string {
  if (!text.includes('\ufeff')) return text;
  if (format === 'plain') return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  return text.replace(/\ufeff/g, (_, offset: number) => (offset === 0 ? ' ' : '\u200b'));
}

/** Parses a POA, Markdown or pasted plain text, into one model with exact offsets. */
export function parsePlanOfAction(text: string, options: ParseOptions = {}): PlanOfAction {
  const format = options.format ?? 'markdown';
  const aliases = options.aliases ?? {};
  const layout =
    options.layout ??
    (format === 'markdown'
      ? layoutMarkdown(layoutSource(text, format))
      : layoutPlainText(layoutSource(text, format), (itemLine, line) => continuesItem(itemLine, line, aliases)));
  for (const url of text.matchAll(urlPattern)) layout.hidden.push({ start: url.index, end: url.index + url[0].length, reason: 'url' });
  // A byte order mark is not the seller's voice: a rule that reads a line from its start ("Email: …") reads it as without one.
  if (text.charCodeAt(0) === 0xfeff) layout.hidden.push({ start: 0, end: 1, reason: 'syntax' });
  const masked = maskText(text, layout.hidden);

  const blocks: ModelBlock[] = [];
  for (const block of layout.blocks) {
    if (block.kind === 'heading') {
      const span = trimSpan(masked, block.span);
      if (span.end > span.start) blocks.push({ kind: 'heading', span, depth: block.depth });
    } else if (block.kind === 'paragraph') {
      readParagraph(text, masked, block, format, aliases, blocks);
    } else {
      readItem(text, masked, block, format, aliases, blocks);
    }
  }

  const sections: Section[] = [];
  let subject: Span | undefined;
  let current: Section | undefined;
  const startSection = (
    kind: SectionKind,
    kinds: MainSectionKind[],
    label: Span,
    headingLevel: number,
    style: Section['style'],
    guessed = false,
  ) => {
    if (current) current.body = { start: current.body.start, end: lineStartOf(text, label.start) };
    const labelText = masked.slice(label.start, label.end).replace(/\s+/g, ' ').trim();
    current = {
      kind,
      kinds,
      label,
      labelText,
      body: { start: label.end, end: text.length },
      headingLevel,
      style,
      ...(guessed && { guessed: true }),
    };
    sections.push(current);
    bodyStarted = false;
  };
  /** Whether the current section has content yet: a label of its own kind right after its label is its first line, not a second section. */
  let bodyStarted = false;
  const headings = new Map<Block, { kind: SectionKind; kinds: MainSectionKind[] }>();
  // A lead-in only opens a part that no label names anywhere in the plan.
  const labelled = new Set<MainSectionKind>();
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = classifyHeading(masked.slice(block.span.start, block.span.end), aliases);
      headings.set(block, heading);
      heading.kinds.forEach((kind) => labelled.add(kind));
    } else if (block.kind === 'label' && !(block as LabelBlock).leadIn) {
      (block as LabelBlock).sectionKinds.forEach((kind) => labelled.add(kind));
    }
  }
  const contentBlocks: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const { kind, kinds } = headings.get(block)!;
      const isSubheading =
        kind === 'other' &&
        current !== undefined &&
        current.kind !== 'other' &&
        block.depth > current.headingLevel &&
        current.headingLevel > 0;
      if (isSubheading) continue;
      if (!subject && kind === 'other' && sections.length === 0 && block.depth === 1) subject = block.span;
      startSection(kind, kinds, block.span, block.depth, 'heading');
    } else if (block.kind === 'label') {
      const label = block as LabelBlock;
      const restatesCurrent = current !== undefined && current.kind !== 'other' && !bodyStarted && label.sectionKind === current.kind;
      if (restatesCurrent || (label.leadIn && label.sectionKinds.every((kind) => labelled.has(kind) || current?.kinds.includes(kind)))) {
        contentBlocks.push({ kind: 'paragraph', span: label.span, depth: 0 });
        bodyStarted = true;
        continue;
      }
      startSection(label.sectionKind, label.sectionKinds, label.span, 0, label.style, label.leadIn);
    } else {
      contentBlocks.push(block);
      bodyStarted = true;
    }
  }
  if (!subject) {
    const found = subjectLine.exec(masked.slice(0, 2000));
    if (found) subject = trimSpan(masked, { start: found.index, end: found.index + found[0].length });
  }

  const sectionAt = (offset: number): Section | undefined => {
    let found: Section | undefined;
    for (const section of sections) {
      if (section.label.start <= offset) found = section;
      else break;
    }
    return found && offset >= found.body.start ? found : undefined;
  };

  const closing = closingOf(masked, contentBlocks, sections);
  const sentences: Sentence[] = [];
  const items: ActionItem[] = [];
  const sectionsWithList = new Set<Section>();
  for (const block of contentBlocks) {
    const section = sectionAt(block.span.start);
    for (const span of splitSentences(masked, block.span)) {
      sentences.push({ span, text: masked.slice(span.start, span.end), section });
    }
    if (closing && block.span.start >= closing.start) continue;
    if (block.kind === 'item' && section && section.kind !== 'other') {
      sectionsWithList.add(section);
      if (!block.introducesList) {
        const itemText = masked.slice(block.span.start, block.span.end);
        items.push({ span: block.span, text: itemText, section, kind: judgedKind(section, itemText), source: 'list-item' });
      }
    }
  }
  for (const sentence of sentences) {
    const section = sentence.section;
    if (!section || section.kind === 'other' || sectionsWithList.has(section)) continue;
    if (closing && sentence.span.start >= closing.start) continue;
    if (/:\s*$/.test(sentence.text)) continue;
    items.push({ span: sentence.span, text: sentence.text, section, kind: judgedKind(section, sentence.text), source: 'sentence' });
  }
  items.sort((a, b) => a.span.start - b.span.start);

  return {
    text,
    masked,
    format,
    hidden: layout.hidden,
    lines: new LineIndex(text),
    subject,
    ...(closing && { closing }),
    blocks: contentBlocks,
    sections,
    items,
    sentences,
  };
}

const closingRemark = compileFollowing(closingRemarkPatterns, 'i');

/**
 * The letter's closing, if it has one: in the last of the three parts, from
 * the first line after the part's first that opens with a closing remark ("We
 * look forward to …", "We request you to reactivate …", "Thank you …"), with
 * no list item after it, to the part's end. All of it is said to Amazon, not
 * done: the lines after the first remark are the closing's too.
 */
function closingOf(masked: string, blocks: readonly Block[], sections: readonly Section[]): Span | undefined {
  const last = sections.filter((section) => section.kind !== 'other').pop();
  if (!last) return undefined;
  const own = blocks.filter((block) => block.span.start >= last.body.start && block.span.start < last.body.end);
  const lastItem = own.filter((block) => block.kind === 'item').pop()?.span.start ?? -1;
  let first = true;
  for (const block of own) {
    for (const line of splitLines(masked, block.span)) {
      const at = line.start + /^\s*/.exec(masked.slice(line.start, line.end))![0].length;
      if (at >= line.end) continue;
      if (first) {
        first = false;
        continue;
      }
      if (block.kind !== 'paragraph' || at < lastItem) continue;
      closingRemark.lastIndex = at;
      if (closingRemark.test(masked)) return trimSpan(masked, { start: at, end: own[own.length - 1].span.end });
    }
  }
  return undefined;
}

const promise = compileWordList(promisePatterns, 'i');

/**
 * The part an item is judged as. Under a label that merges actions and
 * prevention, a promise is a preventive measure and anything else an action
 * taken; under one that names the root cause with another part, an item is
 * read as cause, which no tense or timing rule judges.
 */
export function judgedKind(section: Section, text: string): MainSectionKind {
  const kinds = section.kinds;
  if (kinds.length <= 1) return section.kind === 'other' ? 'root-cause' : section.kind;
  if (kinds.includes('root-cause')) return 'root-cause';
  return promise.test(text) ? 'preventive-measures' : 'actions-taken';
}
