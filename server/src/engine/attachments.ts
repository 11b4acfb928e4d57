import type { PlanOfAction } from './model';
import { readNoticeBlocks } from './plan-notice';
import type { Span } from './text';

/** The file types Amazon accepts as attachments to an appeal. */
export const acceptedAttachmentTypes = ['.pdf', '.jpg', '.jpeg', '.png', '.gif'] as const;

/** File types a seller might name; any other dotted word ("Amazon.com", "v2.1") is not a file. */
const extensions = 'pdf|jpe?g|png|gif|docx?|xlsx?|csv|heic|webp|tiff?|zip|rar|txt|odt|pages';
const fileName = new RegExp(
  `(?<![\\p{L}\\p{N}_./\\\\-])((?:[\\p{L}\\p{N}_()-]+[/\\\\])*[\\p{L}\\p{N}_][\\p{L}\\p{N}_.()-]*\\.(${extensions}))(?![\\p{L}\\p{N}_])`,
  'giu',
);
/** "see the attached invoices", "enclosed documents", "Attachment 3". */
const attachedWords = /\b(?:attached|enclosed|attachments?|annex(?:ed)?)\b/i;

export interface AttachmentReference extends Span {
  /** As the plan writes it, relative to the plan's folder. */
  path: string;
  accepted: boolean;
}

/** The files the plan names as its attachments: outside the notice, front matter and comments; not inside a web address. */
export function attachmentReferences(poa: PlanOfAction): AttachmentReference[] {
  if (!new RegExp(`\\.(?:${extensions})\\b`, 'i').test(poa.text)) return [];
  const skipped = [
    ...readNoticeBlocks(poa).map((block) => block.span),
    ...poa.hidden.filter((span) => span.reason === 'frontmatter' || span.reason === 'comment'),
  ];
  const urls = poa.hidden.filter((span) => span.reason === 'url');
  const references: AttachmentReference[] = [];
  for (const match of poa.text.matchAll(fileName)) {
    const start = match.index;
    const end = start + match[1].length;
    if (skipped.some((span) => start < span.end && end > span.start)) continue;
    // A link's address is the file when it is relative ("[invoice](invoice.pdf)"), not when it is a web address.
    const url = urls.find((span) => start >= span.start && end <= span.end);
    if (url && /^[a-z][a-z+.-]*:|^www\./i.test(poa.text.slice(url.start, url.end).replace(/^\]?\(?<?/, ''))) continue;
    if (/^[a-z][a-z+.-]*:\/\//i.test(poa.text.slice(Math.max(0, start - 12), start))) continue;
    const extension = `.${match[2].toLowerCase()}`;
    references.push({ start, end, path: match[1], accepted: (acceptedAttachmentTypes as readonly string[]).includes(extension) });
  }
  return references;
}

/** Where the plan says it attaches something without naming the file: "see the attached invoices". */
export function attachedMention(poa: PlanOfAction): Span | undefined {
  const found = attachedWords.exec(poa.masked);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}
