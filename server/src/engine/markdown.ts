import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { LruCache } from './cache';
import type { Span } from './text';

/** A block of the source as the Markdown parser sees it, before labels are read. */
export interface SourceBlock {
  kind: 'heading' | 'paragraph' | 'item';
  span: Span;
  depth: number;
  /** The item has a nested list. */
  hasChildren?: boolean;
}

/** Why a span is not the seller's voice: a later rule may read a quoted notification that tone rules skip. */
export type HiddenReason = 'quote' | 'code' | 'comment' | 'frontmatter' | 'url' | 'html' | 'image' | 'syntax';

export interface HiddenSpan extends Span {
  reason: HiddenReason;
  /** For fenced code: its info string ("notification"). */
  info?: string;
}

export interface SourceLayout {
  blocks: SourceBlock[];
  /** Spans that are not the seller's voice or are only syntax. */
  hidden: HiddenSpan[];
}

interface MdNode {
  type: string;
  value?: string;
  lang?: string | null;
  identifier?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Sellers never mean indented code: a pasted, indented paragraph is still prose. */
function disableIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

/** The Markdown reader of the analysis and the export: front matter known, no indented code. Frozen: nothing changes it. */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(disableIndentedCode)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze() as unknown as Processor;

const htmlTagNames = [
  'a|abbr|b|br|blockquote|center|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark',
  'ol|p|pre|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul',
].join('|');
const htmlTag = new RegExp(`^<\\/?(?:${htmlTagNames})\\b`, 'i');

function spanOf(node: MdNode): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

const bodyProcessor = unified().use(remarkParse).use(disableIndentedCode).freeze() as unknown as Processor;
/** Front matter exists only at the start of the document: other chunks are parsed without it. */
function chunkProcessor(withFrontMatter: boolean): Processor {
  if (withFrontMatter) return markdownProcessor;
  return bodyProcessor;
}

/**
 * Where front matter at the start of the text ends (after its closing fence),
 * if it is complete. Only then is the text parsed with front matter on: an
 * opening fence that is never closed leaves remark-frontmatter's attempt
 * failed, and after it no list or block quote in the whole text is parsed.
 */
function frontMatterEnd(text: string): number | undefined {
  const open = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return undefined;
  const fence = open[1] === '---' ? '---' : '\\+\\+\\+';
  const close = new RegExp(`(?:\\r\\n|\\r|\\n)${fence}[ \\t]*(?=\\r\\n|\\r|\\n|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const found = close.exec(text);
  return found ? found.index + found[0].length : undefined;
}

/** Parses the whole text with remark at once: the reference the chunked layout must equal. */
export function layoutMarkdownDocument(text: string): SourceLayout {
  const tree = chunkProcessor(frontMatterEnd(text) !== undefined).parse(text) as unknown as MdNode;
  return layoutTree(tree.children ?? [], text);
}

/** Lays out the blocks and hidden spans of top-level nodes parsed from `text`. */
function layoutTree(topLevel: MdNode[], text: string): SourceLayout {
  const blocks: SourceBlock[] = [];
  const hidden: HiddenSpan[] = [];
  const hide = (span: Span, reason: HiddenReason) => hidden.push({ start: span.start, end: span.end, reason });
  const htmlReason = (html: string): HiddenReason => (html.startsWith('<!--') ? 'comment' : 'html');

  /** Hides the syntax around a node's words; after a link's words comes its address. */
  const hideAround = (node: MdNode, after: HiddenReason = 'syntax') => {
    const span = spanOf(node);
    const kids = node.children ?? [];
    if (kids.length === 0) {
      hide(span, after);
      return;
    }
    hide({ start: span.start, end: spanOf(kids[0]).start }, 'syntax');
    hide({ start: spanOf(kids[kids.length - 1]).end, end: span.end }, after);
  };

  const visitInline = (node: MdNode) => {
    switch (node.type) {
      case 'inlineCode':
        hide(spanOf(node), 'code');
        return;
      case 'image':
      case 'imageReference':
        hide(spanOf(node), 'image');
        return;
      case 'break':
        hide(spanOf(node), 'syntax');
        return;
      case 'html':
        if (node.value?.startsWith('<!--') || htmlTag.test(node.value ?? '')) hide(spanOf(node), htmlReason(node.value ?? ''));
        return;
      case 'link':
      case 'linkReference':
        hideAround(node, 'url');
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        hideAround(node);
        break;
    }
    for (const child of node.children ?? []) visitInline(child);
  };

  const visitBlock = (node: MdNode, depth: number) => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
        hide(spanOf(node), 'frontmatter');
        return;
      case 'code':
        hidden.push({ ...spanOf(node), reason: 'code', ...(node.lang ? { info: node.lang } : {}) });
        return;
      case 'blockquote':
        hide(spanOf(node), 'quote');
        return;
      case 'definition':
        hide(spanOf(node), 'url');
        return;
      case 'thematicBreak':
        hide(spanOf(node), 'syntax');
        return;
      case 'html': {
        // A block may be indented: "  <div>" is the same markup as "<div>".
        const html = node.value?.trimStart() ?? '';
        if (html.startsWith('<!--') || htmlTag.test(html)) hide(spanOf(node), htmlReason(html));
        else blocks.push({ kind: 'paragraph', span: spanOf(node), depth });
        return;
      }
      case 'heading': {
        hideAround(node);
        const kids = node.children ?? [];
        const span = kids.length ? { start: spanOf(kids[0]).start, end: spanOf(kids[kids.length - 1]).end } : spanOf(node);
        blocks.push({ kind: 'heading', span, depth: node.depth ?? 1 });
        kids.forEach(visitInline);
        return;
      }
      case 'paragraph':
        blocks.push({ kind: 'paragraph', span: spanOf(node), depth });
        (node.children ?? []).forEach(visitInline);
        return;
      case 'list':
        for (const item of node.children ?? []) visitListItem(item, depth);
        return;
      default:
        for (const child of node.children ?? []) visitBlock(child, depth);
    }
  };

  const visitListItem = (item: MdNode, depth: number) => {
    const kids = item.children ?? [];
    const own = kids.filter((k) => k.type !== 'list');
    const nested = kids.filter((k) => k.type === 'list');
    const itemSpan = spanOf(item);
    if (own.length === 0) {
      // Only the marker: an item that holds just a nested list ("* 2. Actions taken") keeps that list's words.
      hide(nested.length > 0 ? { start: itemSpan.start, end: spanOf(nested[0]).start } : itemSpan, 'syntax');
    } else {
      hide({ start: itemSpan.start, end: spanOf(own[0]).start }, 'syntax');
      const first = own[0];
      if (first.type === 'paragraph' || first.type === 'heading') {
        const span = { start: spanOf(first).start, end: spanOf(own[own.length - 1]).end };
        // A task box ("- [x] Retrained staff") is syntax, not a placeholder.
        const taskBox = /^\[[ xX]\][ \t]/.exec(text.slice(span.start, span.start + 4));
        if (taskBox) hide({ start: span.start, end: span.start + 3 }, 'syntax');
        blocks.push({ kind: 'item', span, depth, hasChildren: nested.length > 0 });
        for (const child of own) {
          if (child.type === 'paragraph') (child.children ?? []).forEach(visitInline);
          else visitBlock(child, depth + 1);
        }
      } else {
        for (const child of own) visitBlock(child, depth + 1);
      }
    }
    for (const list of nested) visitBlock(list, depth + 1);
  };

  for (const child of topLevel) visitBlock(child, 0);
  return { blocks, hidden };
}

/*
 * Incremental layout. A keystroke changes one paragraph or item, yet a
 * remark parse of a 25 KB plan costs tens of milliseconds, and more than
 * linearly on longer ones. So the text is cut into chunks where a blank line
 * is followed by a line that starts in column 1: there the parser is back at
 * the top level, unless a fenced code block, an HTML block that runs past
 * blank lines or front matter is still open. Each chunk is parsed alone and
 * its layout cached by its text; only the chunk typed in is parsed again.
 *
 * Whether a chunk leaves something open is asked of the parser itself: the
 * chunk is parsed with a sentinel line after it, and if the sentinel does not
 * come out as a paragraph of its own, the chunk is merged with the next.
 * Link reference definitions reach across the whole text: when there are
 * any, each chunk is parsed again with all their labels defined before it.
 */

interface ChunkLayout extends SourceLayout {
  /** Nothing the chunk opened is still open at its end. */
  closed: boolean;
  /** For an unclosed chunk, what its last top-level node is and where it starts: where to look for its end. */
  open?: { type: string; start: number };
  /** Labels of the link reference definitions in the chunk. */
  definitions?: string[];
}

const sentinel = 'x';

/** The layouts of chunks already parsed, by their text (a linter owns one), and how many parses it took. */
export class ChunkCache {
  readonly layouts = new LruCache<ChunkLayout>(8_000_000, (key) => key.length + 500);
  parses = 0;

  clear(): void {
    this.layouts.clear();
  }
}

/**
 * Lays out one chunk. `definitions`, when given, are definition lines ended
 * by a blank line, parsed before the chunk so that its references resolve as
 * they do in the whole text; offsets come out relative to the chunk.
 */
function layoutChunk(cache: ChunkCache, chunk: string, isFirst: boolean, isLast: boolean, definitions = ''): ChunkLayout {
  const key = `${isFirst ? 'F' : '-'}${isLast ? 'L' : '-'}${definitions.length}:${definitions}${chunk}`;
  const cached = cache.layouts.get(key);
  if (cached) return cached;
  cache.parses++;
  const processor = chunkProcessor(isFirst && frontMatterEnd(chunk) !== undefined);
  const source = definitions + chunk + (isLast ? '' : sentinel);
  const tree = processor.parse(source) as unknown as MdNode;
  const children = (tree.children ?? []).filter((node) => (node.position?.start.offset ?? 0) >= definitions.length);
  let own = children;
  let layout: ChunkLayout;
  if (isLast) {
    layout = { ...moved(layoutTree(own, source), -definitions.length), closed: true };
  } else {
    const last = children[children.length - 1];
    const closed = last?.type === 'paragraph' && last.position?.start.offset === definitions.length + chunk.length;
    own = closed ? children.slice(0, -1) : [];
    layout = closed
      ? { ...moved(layoutTree(own, source), -definitions.length), closed }
      : {
          blocks: [],
          hidden: [],
          closed,
          open: { type: last?.type ?? '', start: (last?.position?.start.offset ?? 0) - definitions.length },
        };
  }
  if (chunk.includes(']:')) layout.definitions = definitionLabels(own);
  cache.layouts.set(key, layout);
  return layout;
}

function moved(layout: SourceLayout, by: number): SourceLayout {
  if (by === 0) return layout;
  return {
    blocks: layout.blocks.map((block) => ({ ...block, span: { start: block.span.start + by, end: block.span.end + by } })),
    hidden: layout.hidden.map((span) => ({ ...span, start: span.start + by, end: span.end + by })),
  };
}

function definitionLabels(nodes: MdNode[], into: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'definition' && node.identifier) into.push(node.identifier);
    else if (node.children) definitionLabels(node.children, into);
  }
  return into;
}

/**
 * Offsets where a chunk may start: 0, and lines in column 1 after a blank
 * line. Not every such line: each parse has a fixed cost, so a chunk spans a
 * few paragraphs or items. Which lines start one depends on their own text
 * (a heading, or a hash of the line), not on their position, so an edit moves
 * no chunk boundary but those it touches.
 */
function chunkStarts(text: string): number[] {
  const starts = [0];
  const length = text.length;
  let lineStart = 0;
  let previousBlank = false;
  let passedOver = 0;
  while (lineStart < length) {
    let i = lineStart;
    let blank = true;
    let hash = 0x811c9dc5;
    for (; i < length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || ch === 13) break;
      if (ch !== 32 && ch !== 9) blank = false;
      if (i - lineStart < 48) hash = Math.imul(hash ^ ch, 0x01000193);
    }
    if (!blank && previousBlank) {
      const first = text.charCodeAt(lineStart);
      if (first !== 32 && first !== 9 && (first === 35 /* # */ || (hash >>> 0) % 6 === 0 || ++passedOver >= 18)) {
        starts.push(lineStart);
        passedOver = 0;
      }
    }
    previousBlank = blank;
    lineStart = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return starts;
}

/** The first chunk start after `offset`, as an index into `starts` (its length if none). */
function startIndexAfter(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const htmlCloser: [RegExp, (open: RegExpExecArray) => RegExp][] = [
  [/^\s*<!--/, () => /-->/g],
  [/^\s*<\?/, () => /\?>/g],
  [/^\s*<!\[CDATA\[/, () => /\]\]>/g],
  [/^\s*<![A-Za-z]/, () => />/g],
  [/^\s*<(script|pre|style|textarea)(?=[\s>]|$)/i, (open) => new RegExp(`</${open[1]}>`, 'gi')],
];

/**
 * Where the construct left open at `from` probably ends: the next closing
 * fence of a code block, or the end marker of an HTML block. Only a guess to
 * skip ahead; the merged chunk is checked again like any other.
 */
function likelyEnd(text: string, from: number, open: ChunkLayout['open'], source: string): number | undefined {
  if (open?.type === 'code') {
    const fence = /^[ \t]*(`{3,}|~{3,})/.exec(source);
    if (!fence) return undefined;
    const closing = new RegExp(`^[ \\t]*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`, 'gm');
    closing.lastIndex = from;
    const found = closing.exec(text);
    return found ? found.index + found[0].length : text.length;
  }
  if (open?.type === 'html') {
    for (const [opener, closer] of htmlCloser) {
      const match = opener.exec(source);
      if (!match) continue;
      const end = closer(match);
      end.lastIndex = from;
      const found = end.exec(text);
      return found ? found.index + found[0].length : text.length;
    }
  }
  return undefined;
}

/** Parses Markdown and lays out its blocks and hidden spans, reusing the layout of every chunk in `cache` that did not change. */
export function layoutMarkdown(text: string, cache = new ChunkCache()): SourceLayout {
  const steps = layoutMarkdownSteps(text, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, pausing after each chunk it had to parse, so that a caller can yield on a long text. */
export function* layoutMarkdownSteps(text: string, cache: ChunkCache): Generator<void, SourceLayout> {
  const starts = chunkStarts(text);
  const labels = new Set<string>();
  const layout = yield* layoutChunks(cache, text, starts, '', labels);
  if (labels.size === 0) return layout;
  // Front matter must stay first, so definitions cannot be put before the first chunk: parse such a text whole.
  if (frontMatterEnd(text) !== undefined) return layoutMarkdownDocument(text);
  return yield* layoutChunks(cache, text, starts, `${[...labels].map((label) => `[${label}]: x`).join('\n')}\n\n`, new Set());
}

function* layoutChunks(
  cache: ChunkCache,
  text: string,
  starts: number[],
  definitions: string,
  labels: Set<string>,
): Generator<void, SourceLayout> {
  const blocks: SourceBlock[] = [];
  const hidden: HiddenSpan[] = [];
  // Front matter may hold blank lines: the first chunk reaches at least past its closing fence.
  const frontMatter = frontMatterEnd(text);
  const firstEnd = frontMatter === undefined ? 1 : startIndexAfter(starts, frontMatter - 1);
  for (let i = 0; i < starts.length;) {
    const start = starts[i];
    let next = i === 0 ? firstEnd : i + 1;
    let layout: ChunkLayout;
    for (;;) {
      const end = next < starts.length ? starts[next] : text.length;
      const parsedBefore = cache.parses;
      layout = layoutChunk(cache, text.slice(start, end), start === 0, next >= starts.length, definitions);
      if (cache.parses !== parsedBefore) yield;
      if (layout.closed) break;
      const openStart = start + (layout.open?.start ?? 0);
      const guess = likelyEnd(text, end, layout.open, text.slice(openStart, openStart + 200));
      next = Math.max(next + 1, guess === undefined ? 0 : startIndexAfter(starts, guess - 1));
    }
    for (const block of layout.blocks) {
      blocks.push({ ...block, span: { start: block.span.start + start, end: block.span.end + start } });
    }
    for (const span of layout.hidden) hidden.push({ ...span, start: span.start + start, end: span.end + start });
    for (const label of layout.definitions ?? []) labels.add(label);
    i = next;
  }
  return { blocks, hidden };
}
