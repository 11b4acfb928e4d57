import { markdownProcessor } from './markdown';
import type { PlanOfAction } from './model';
import { countWords } from './text';

/**
 * The plan as plain text for Seller Central's form, which shows text as
 * typed: Markdown syntax goes, labels stay on lines of their own, bullets
 * become "•" and numbers "1)". Line breaks the seller typed stay, so a label
 * line never runs into its text. Front matter and HTML comments are notes to
 * self and are dropped, and so is Amazon's notice or reply pasted in a
 * `notification` or `rejection` fence; quoted text stays, without its ">", since the seller
 * put it there on purpose.
 */
export interface PlainTextExport {
  text: string;
  /** Words in the exported text, list markers not counted. */
  words: number;
}

export function exportPlainText(poa: PlanOfAction): PlainTextExport {
  const text = tidy(poa.format === 'markdown' ? markdownToPlain(poa) : plainToPlain(poa));
  return { text, words: countWords(text.replace(/^[ \t]*(?:[•◦]|\d{1,2}\))[ \t]+/gm, '')) };
}

function tidy(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t]+$/, ''));
  const out = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
  return out ? `${out}\n` : '';
}

const topBullet = /^([ \t]*)(?:[-*+–—▪●■➢➤►▶·•])[ \t]+/;
const nestedBullet = /^([ \t]*)(?:[◦○▫□])[ \t]+/;

const isNoticeInfo = (info: string | null | undefined) => /^(?:notification|rejection)$/i.test(info ?? '');

function plainToPlain(poa: PlanOfAction): string {
  let text = poa.text;
  const notices = poa.hidden.filter((span) => span.reason === 'code' && isNoticeInfo(span.info)).sort((a, b) => b.start - a.start);
  for (const notice of notices) text = text.slice(0, notice.start) + text.slice(notice.end);
  const withoutComments = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  return withoutComments
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/^[ \t]*>[ \t]?/, '')
        // "## Root cause" typed into a plain-text draft: the label, as the form shows labels.
        .replace(/^[ \t]*#{1,6}[ \t]+(.*?)[ \t#]*$/, (_, label: string) => withColon(label))
        .replace(topBullet, '$1• ')
        .replace(nestedBullet, '$1◦ ')
        .replace(/^([ \t]*)(\d{1,2})\.[ \t]+/, '$1$2) '),
    )
    .join('\n');
}

/** A heading becomes a label line: "Root cause" reads "Root cause:" as the form's labels do. */
function withColon(label: string): string {
  const trimmed = label.trim();
  return !trimmed || /[:?.!]$/.test(trimmed) ? trimmed : `${trimmed}:`;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  lang?: string | null;
  identifier?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A rendered block: a label line sits directly above what follows it; other blocks get a blank line. */
interface Chunk {
  text: string;
  isLabel: boolean;
}

const isAbsoluteUrl = (url: string) => /^(?:https?:|mailto:)/i.test(url);

function markdownToPlain(poa: PlanOfAction): string {
  const tree = markdownProcessor.parse(poa.text) as unknown as MdNode;
  const definitions = new Map<string, string>();
  const collect = (node: MdNode) => {
    if (node.type === 'definition' && node.identifier && node.url) definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(tree);

  const withUrl = (label: string, url: string | undefined) => {
    if (!url || !isAbsoluteUrl(url)) return label;
    const bare = url.replace(/^mailto:/i, '');
    return !label.trim() || label.trim() === url || label.trim() === bare ? bare : `${label} (${bare})`;
  };

  const inline = (node: MdNode): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value ?? '';
      case 'break':
        return '\n';
      case 'html': {
        const value = node.value ?? '';
        if (value.startsWith('<!--')) return '';
        return /^<br\s*\/?>$/i.test(value) ? '\n' : '';
      }
      case 'image':
      case 'imageReference':
        return '';
      case 'link':
        return withUrl(inlines(node.children), node.url);
      case 'linkReference':
        return withUrl(inlines(node.children), definitions.get(node.identifier ?? ''));
      default:
        return inlines(node.children);
    }
  };
  const inlines = (nodes: MdNode[] | undefined): string => (nodes ?? []).map(inline).join('');
  // Continuation lines of a paragraph keep their break but not their indentation.
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .join('\n');

  const isSubject = (node: MdNode) =>
    poa.subject !== undefined &&
    (node.position?.start.offset ?? -1) <= poa.subject.start &&
    poa.subject.end <= (node.position?.end.offset ?? -1);

  const blocks = (nodes: MdNode[] | undefined, listDepth: number): Chunk[] => (nodes ?? []).flatMap((node) => block(node, listDepth));

  const block = (node: MdNode, listDepth: number): Chunk[] => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'definition':
      case 'thematicBreak':
        return [];
      case 'html': {
        const value = (node.value ?? '')
          .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
          .replace(/<br\s*\/?>/gi, '\n')
          .replace(/<\/?[A-Za-z][^<>]*>/g, '');
        return value.trim() ? [{ text: lines(value), isLabel: false }] : [];
      }
      case 'heading': {
        const text = lines(inlines(node.children)).replace(/\n/g, ' ');
        if (!text.trim()) return [];
        return isSubject(node) ? [{ text, isLabel: false }] : [{ text: withColon(text), isLabel: true }];
      }
      case 'paragraph': {
        const text = lines(inlines(node.children));
        // A paragraph that is only a label ("**Preventive measures:**") sits directly above its content, like a heading.
        return text.trim() ? [{ text, isLabel: !text.includes('\n') && /:$/.test(text) && text.length <= 80 }] : [];
      }
      case 'code':
        // Amazon's notice or reply, pasted for the linter: not the seller's words, never sent back.
        if (isNoticeInfo(node.lang)) return [];
        return node.value?.trim() ? [{ text: node.value, isLabel: false }] : [];
      case 'list':
        return [{ text: list(node, listDepth), isLabel: false }];
      default:
        return blocks(node.children, listDepth);
    }
  };

  const list = (node: MdNode, depth: number): string => {
    const indent = '  '.repeat(depth);
    return (node.children ?? [])
      .map((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index})` : depth === 0 ? '•' : '◦';
        const pad = `${indent}${' '.repeat(marker.length + 1)}`;
        const parts: string[] = [];
        for (const child of item.children ?? []) {
          if (child.type === 'list') parts.push(list(child, depth + 1));
          else
            parts.push(
              ...block(child, depth).map((chunk) =>
                chunk.text
                  .split('\n')
                  .map((line) => pad + line)
                  .join('\n'),
              ),
            );
        }
        const first = (parts.shift() ?? '').slice(pad.length).replace(/^\[[ xX]\][ \t]+/, '');
        return [`${indent}${marker} ${first}`, ...parts].join('\n');
      })
      .join('\n');
  };

  const chunks = blocks(tree.children, 0);
  return chunks.map((chunk, i) => (i === 0 ? '' : chunks[i - 1].isLabel ? '\n' : '\n\n') + chunk.text).join('');
}
