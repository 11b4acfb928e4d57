import type { FormField } from '../common/settings';
import { markdownProcessor } from './markdown';
import type { PlanOfAction, Section, SectionKind } from './model';
import { countWords } from './text';

/**
 * The plan as plain text for Seller Central's form, which shows text as
 * typed: Markdown syntax goes, labels stay on lines of their own, bullets
 * become "•" and numbers "1)". Line breaks the seller typed stay, so a label
 * line never runs into its text. Front matter and HTML comments are notes to
 * self and are dropped; quoted text stays, without its ">", since the seller
 * put it there on purpose.
 */
export interface PlainTextExport {
  text: string;
  /** Words in the exported text, list markers not counted. */
  words: number;
}

export function exportPlainText(poa: PlanOfAction): PlainTextExport {
  const text = tidy(poa.format === 'markdown' ? markdownToPlain(poa.text, poa.subject) : plainToPlain(poa.text));
  return { text, words: exportedWords(text) };
}

const exportedWords = (text: string) => countWords(text.replace(/^[ \t]*(?:[•◦]|\d{1,2}\))[ \t]+/gm, ''));

/** One field of Seller Central's form, as the seller pastes it. */
export interface FormFieldExport extends PlainTextExport {
  field: FormField;
  /** As a browser's text box counts them (UTF-16 code units), the last line break left out. */
  characters: number;
  /** The sections whose text fills the field, in the plan's order. */
  sections: Section[];
}

const fieldOfKind: Record<SectionKind, FormField> = {
  'root-cause': 'root-cause',
  'actions-taken': 'actions',
  'preventive-measures': 'prevention',
  other: 'additional',
};

/**
 * Which field each section fills. A main section gives its body (the form
 * asks the question, so the label stays out); a sub-heading under it belongs
 * to it; any other section is additional information, label and all. The
 * plan's title and what comes before the first section fill no field.
 */
export function formFieldOf(poa: PlanOfAction): Map<Section, FormField> {
  const fields = new Map<Section, FormField>();
  let parent: Section | undefined;
  for (const section of poa.sections) {
    if (section.kind !== 'other') {
      parent = section;
      fields.set(section, fieldOfKind[section.kind]);
    } else if (parent && parent.headingLevel > 0 && section.headingLevel > parent.headingLevel) {
      fields.set(section, fieldOfKind[parent.kind]);
    } else if (!(poa.subject && section.label.start <= poa.subject.start && poa.subject.start < section.label.end)) {
      parent = undefined;
      fields.set(section, 'additional');
    }
  }
  return fields;
}

/** The plain text of one form field: its sections' text, exported as the whole plan is. */
export function exportFormField(poa: PlanOfAction, field: FormField): FormFieldExport {
  const fields = formFieldOf(poa);
  const sections = poa.sections.filter((section) => fields.get(section) === field);
  const parts = sections.map((section) => {
    // A main section's label is the form's question; any other section keeps its label line, heading marks and all.
    const from = section.kind === 'other' ? poa.text.lastIndexOf('\n', section.label.start - 1) + 1 : section.body.start;
    // A body that starts on its label's line ("Root cause: our scale …") starts at its first word.
    const source = poa.text.slice(from, section.body.end).replace(/^[ \t]+(?=\S)/, '');
    return poa.format === 'markdown' ? markdownToPlain(source) : plainToPlain(source);
  });
  const text = tidy(parts.join('\n\n'));
  return { field, text, words: exportedWords(text), characters: text.replace(/\n$/, '').length, sections };
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

function plainToPlain(text: string): string {
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

function markdownToPlain(text: string, subject?: { start: number; end: number }): string {
  const tree = markdownProcessor.parse(text) as unknown as MdNode;
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
    subject !== undefined && (node.position?.start.offset ?? -1) <= subject.start && subject.end <= (node.position?.end.offset ?? -1);

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
