import { classifyLabel, matchLineLabel, type Aliases } from './labels';
import { layoutMarkdown, type SourceBlock, type SourceLayout } from './markdown';
import type { ActionItem, Block, DocumentFormat, PlanOfAction, Section, SectionKind, Sentence } from './model';
import { layoutPlainText, plainListMarker, splitLines } from './plain';
import { splitSentences } from './sentences';
import { LineIndex, trimSpan, type Span } from './text';

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
  style: Section['style'];
}

type ModelBlock = Block | LabelBlock;

/**
 * Reads a paragraph line by line: plain-text labels, bullet lines and the
 * prose between them, as sellers paste them with no blank lines.
 */
function readParagraph(text: string, masked: string, block: SourceBlock, format: DocumentFormat, aliases: Aliases, out: ModelBlock[]): void {
  let prose: Block | undefined;
  for (const line of splitLines(masked, block.span)) {
    const content = masked.slice(line.start, line.end);
    if (!content.trim()) {
      prose = undefined;
      continue;
    }
    const isBold = format === 'markdown' && /^\s*(\*\*|__)/.test(text.slice(line.start, line.end));
    const label = matchLineLabel(content, aliases, isBold);
    if (label) {
      const labelSpan = trimSpan(masked, { start: line.start, end: line.start + label.length });
      out.push({ kind: 'label', span: labelSpan, depth: 0, sectionKind: label.kind, style: isBold ? 'bold' : 'plain' } as LabelBlock);
      const rest = trimSpan(masked, { start: line.start + label.length, end: line.end });
      prose = rest.end > rest.start ? { kind: 'paragraph', span: rest, depth: 0 } : undefined;
      if (prose) out.push(prose);
      continue;
    }
    const marker = format === 'markdown' ? plainListMarker.exec(content) : null;
    if (marker && !/^[*+-]$/.test(marker[2])) {
      prose = undefined;
      out.push({ kind: 'item', span: trimSpan(masked, { start: line.start + marker[0].length, end: line.end }), depth: 0, introducesList: /:\s*$/.test(content) });
      continue;
    }
    if (prose) prose.span = { start: prose.span.start, end: line.end };
    else {
      prose = { kind: 'paragraph', span: trimSpan(masked, line), depth: 0 };
      out.push(prose);
    }
  }
}

function readItem(text: string, masked: string, block: SourceBlock, format: DocumentFormat, aliases: Aliases, out: ModelBlock[]): void {
  const lines = splitLines(masked, block.span);
  // A section label on a later line of the item ("2. Actions taken" then "PREVENTIVE MEASURES" with no
  // blank line between) is read there, as it is in a paragraph: Markdown runs such a line into the item.
  const isSectionLabel = (line: Span) => {
    const kind = matchLineLabel(masked.slice(line.start, line.end), aliases)?.kind;
    return kind !== undefined && kind !== 'other';
  };
  const labelLine = lines.findIndex((line, i) => i > 0 && isSectionLabel(line));
  if (labelLine > 0) {
    readItem(text, masked, { ...block, span: { start: block.span.start, end: lines[labelLine - 1].end } }, format, aliases, out);
    readParagraph(text, masked, { ...block, kind: 'paragraph', span: { start: lines[labelLine].start, end: block.span.end } }, format, aliases, out);
    return;
  }
  const firstLineEnd = lines[0].end;
  const label = matchLineLabel(masked.slice(block.span.start, firstLineEnd), aliases);
  if (label && label.kind !== 'other') {
    out.push({ kind: 'label', span: trimSpan(masked, { start: block.span.start, end: block.span.start + label.length }), depth: 0, sectionKind: label.kind, style: 'plain' } as LabelBlock);
    const rest = trimSpan(masked, { start: block.span.start + label.length, end: block.span.end });
    if (rest.end > rest.start) out.push({ kind: 'paragraph', span: rest, depth: 0 });
    return;
  }
  const span = trimSpan(masked, block.span);
  if (span.end <= span.start) return;
  out.push({ kind: 'item', span, depth: block.depth, introducesList: /:\s*$/.test(masked.slice(span.start, span.end)) || block.hasChildren === true && /:\s*$/.test(masked.slice(block.span.start, firstLineEnd)) });
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
  const layout = options.layout ?? (format === 'markdown' ? layoutMarkdown(layoutSource(text, format)) : layoutPlainText(layoutSource(text, format)));
  for (const url of text.matchAll(urlPattern)) layout.hidden.push({ start: url.index, end: url.index + url[0].length });
  // A byte order mark is not the seller's voice: a rule that reads a line from its start ("Email: …") reads it as without one.
  if (text.charCodeAt(0) === 0xfeff) layout.hidden.push({ start: 0, end: 1 });
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
  const startSection = (kind: SectionKind, label: Span, headingLevel: number, style: Section['style']) => {
    if (current) current.body = { start: current.body.start, end: lineStartOf(text, label.start) };
    current = { kind, label, labelText: masked.slice(label.start, label.end).replace(/\s+/g, ' ').trim(), body: { start: label.end, end: text.length }, headingLevel, style };
    sections.push(current);
  };
  const contentBlocks: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const headingText = masked.slice(block.span.start, block.span.end);
      const kind = classifyLabel(headingText, aliases) ?? 'other';
      const isSubheading = kind === 'other' && current !== undefined && current.kind !== 'other' && block.depth > current.headingLevel && current.headingLevel > 0;
      if (isSubheading) continue;
      if (!subject && kind === 'other' && sections.length === 0 && block.depth === 1) subject = block.span;
      startSection(kind, block.span, block.depth, 'heading');
    } else if (block.kind === 'label') {
      const label = block as LabelBlock;
      startSection(label.sectionKind, label.span, 0, label.style);
    } else {
      contentBlocks.push(block);
    }
  }
  if (!subject) {
    const subjectLine = /^[ \t]*(?:subject|re)[ \t]*:[^\r\n]*/im.exec(masked.slice(0, 2000));
    if (subjectLine) subject = trimSpan(masked, { start: subjectLine.index, end: subjectLine.index + subjectLine[0].length });
  }

  const sectionAt = (offset: number): Section | undefined => {
    let found: Section | undefined;
    for (const section of sections) {
      if (section.label.start <= offset) found = section;
      else break;
    }
    return found && offset >= found.body.start ? found : undefined;
  };

  const sentences: Sentence[] = [];
  const items: ActionItem[] = [];
  const sectionsWithList = new Set<Section>();
  for (const block of contentBlocks) {
    const section = sectionAt(block.span.start);
    for (const span of splitSentences(masked, block.span)) {
      sentences.push({ span, text: masked.slice(span.start, span.end), section });
    }
    if (block.kind === 'item' && section && section.kind !== 'other') {
      sectionsWithList.add(section);
      if (!block.introducesList) items.push({ span: block.span, text: masked.slice(block.span.start, block.span.end), section, source: 'list-item' });
    }
  }
  for (const sentence of sentences) {
    const section = sentence.section;
    if (!section || section.kind === 'other' || sectionsWithList.has(section)) continue;
    if (/:\s*$/.test(sentence.text)) continue;
    items.push({ span: sentence.span, text: sentence.text, section, source: 'sentence' });
  }
  items.sort((a, b) => a.span.start - b.span.start);

  return { text, masked, format, lines: new LineIndex(text), subject, blocks: contentBlocks, sections, items, sentences };
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
