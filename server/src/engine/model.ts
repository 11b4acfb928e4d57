import type { MainSectionKind } from '../common/settings';
import type { HiddenSpan } from './markdown';
import type { LineIndex, Span } from './text';

export type DocumentFormat = 'markdown' | 'plain';
export type SectionKind = MainSectionKind | 'other';

export interface Section {
  /** The part the label names first; `other` for any label that is none of the three. */
  kind: SectionKind;
  /** Every main part the label opens: one, or two where a label merges them ("Corrective actions taken to prevent …"). */
  kinds: MainSectionKind[];
  /**
   * The reader only guessed this part: a sentence introduced it ("The main
   * reasons were:"), not a label. It counts as present, but no tense or
   * timing rule judges its items.
   */
  guessed?: boolean;
  /** The label as the seller wrote it, without list markers or Markdown syntax. */
  label: Span;
  labelText: string;
  /** From the end of the label to the start of the next section (or the end of the text). */
  body: Span;
  /** Heading level (1 to 6) for a Markdown heading; 0 for any other label. */
  headingLevel: number;
  /** The label is a heading (Markdown) rather than a bold or plain-text line. */
  style: 'heading' | 'bold' | 'plain';
}

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'label';

export interface Block {
  kind: BlockKind;
  /** The seller's text of the block, without list markers. */
  span: Span;
  /** Nesting depth of a list item (0 for top level). */
  depth: number;
  /** For a list item: it only introduces nested items ("Warehouse:"). */
  introducesList?: boolean;
}

export interface Sentence {
  span: Span;
  /** The masked text of the sentence (not the seller's voice blanked out). */
  text: string;
  section?: Section;
}

export interface ActionItem {
  span: Span;
  text: string;
  section: Section;
  /** The part the item is judged as: its section's, or for a merged label, by what the item says. */
  kind: MainSectionKind;
  source: 'list-item' | 'sentence';
}

export interface PlanOfAction {
  text: string;
  /**
   * The text with everything that is not the seller's voice (code, quotes,
   * comments, front matter, URLs, Markdown syntax) replaced by spaces, so
   * offsets stay the same.
   */
  masked: string;
  format: DocumentFormat;
  /** What `masked` blanks out, each span with its reason (a quoted notification is a quote, not code). */
  hidden: HiddenSpan[];
  lines: LineIndex;
  subject?: Span;
  /**
   * The letter's closing at the end of its last part ("We look forward to
   * selling on Amazon again. We request you to reactivate our account."): said
   * to Amazon, not done, so it holds no action item.
   */
  closing?: Span;
  blocks: Block[];
  sections: Section[];
  items: ActionItem[];
  sentences: Sentence[];
}
