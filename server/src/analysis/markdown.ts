import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Span } from './text';

/** A block of the source as the Markdown parser sees it, before labels are read. */
export interface SourceBlock {
  kind: 'heading' | 'paragraph' | 'item';
  span: Span;
  depth: number;
  /** The item has a nested list. */
  hasChildren?: boolean;
}

export interface SourceLayout {
  blocks: SourceBlock[];
  /** Spans that are not the seller's voice or are only syntax. */
  hidden: Span[];
}

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Sellers never mean indented code: a pasted, indented paragraph is still prose. */
function disableIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

let processor: Processor | undefined;
function markdownProcessor(): Processor {
  processor ??= unified().use(remarkParse).use(disableIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor;
  return processor;
}

const htmlTag = /^<\/?(?:a|abbr|b|br|blockquote|center|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)\b/i;

function spanOf(node: MdNode): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Parses Markdown with remark and lays out its blocks and hidden spans. */
export function layoutMarkdown(text: string): SourceLayout {
  const tree = markdownProcessor().parse(text) as unknown as MdNode;
  const blocks: SourceBlock[] = [];
  const hidden: Span[] = [];

  const hideAround = (node: MdNode) => {
    const span = spanOf(node);
    const kids = node.children ?? [];
    if (kids.length === 0) {
      hidden.push(span);
      return;
    }
    hidden.push({ start: span.start, end: spanOf(kids[0]).start });
    hidden.push({ start: spanOf(kids[kids.length - 1]).end, end: span.end });
  };

  const visitInline = (node: MdNode) => {
    switch (node.type) {
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'break':
        hidden.push(spanOf(node));
        return;
      case 'html':
        if (node.value?.startsWith('<!--') || htmlTag.test(node.value ?? '')) hidden.push(spanOf(node));
        return;
      case 'link':
      case 'linkReference':
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
      case 'code':
      case 'blockquote':
      case 'definition':
      case 'thematicBreak':
        hidden.push(spanOf(node));
        return;
      case 'html':
        if (node.value?.startsWith('<!--') || htmlTag.test(node.value ?? '')) hidden.push(spanOf(node));
        else blocks.push({ kind: 'paragraph', span: spanOf(node), depth });
        return;
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
      hidden.push(itemSpan);
    } else {
      hidden.push({ start: itemSpan.start, end: spanOf(own[0]).start });
      const first = own[0];
      if (first.type === 'paragraph' || first.type === 'heading') {
        const span = { start: spanOf(first).start, end: spanOf(own[own.length - 1]).end };
        // A task box ("- [x] Retrained staff") is syntax, not a placeholder.
        const taskBox = /^\[[ xX]\][ \t]/.exec(text.slice(span.start, span.start + 4));
        if (taskBox) hidden.push({ start: span.start, end: span.start + 3 });
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

  for (const child of tree.children ?? []) visitBlock(child, 0);
  return { blocks, hidden };
}
