import type { MainSectionKind } from '../common/settings';
import type { SectionKind } from './model';

/**
 * Section labels are recognised by meaning: a short line that starts like a
 * label ("Root cause", "What went wrong", "A) Steps taken to resolve") and
 * whose words say which of the three questions it answers.
 */

const enumerator = /^(?:(?:step|part|section|question)\s+\d+\s*[:.)-]?\s*|(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[.):-]\s+|\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)\s*)/i;
const labelHead =
  /^(?:the |our |my |a |an |brief |detailed |full )*(?:root|cause|causes|causal|reason|reasons|why|what|how|immediate|corrective|correction|remedial|action|actions|actionable|step|steps|measure|measures|preventive|preventative|prevention|preventing|long|long-term|resolution|resolving|issue|issues|problem|problems|plan|future|summary|list|details|description|explanation|analysis|investigation|identified|identification|changes|fixes|solution|solutions|improvements|controls|safeguards|going)\b/i;

const preventionWords = /\b(?:prevent\w*|recurr\w*|re-occurr\w*|future|long[- ]term|going forward|again|ongoing|safeguards?|controls)\b/i;
const rootCauseWords = /\b(?:causes?|caused|causal|went wrong|why|happened|reasons?|occurred)\b/i;
// Not "steps" or "changes" alone: "Steps:" inside a section is a sub-list, not a new section.
const actionWords = /\b(?:actions?|done|did|resolve\w*|resolution|fix\w*|corrective|correction|immediate|remedial|taken|completed|addressed|implemented)\b/i;

/** Labels that start a section of their own that is not one of the three. */
const otherLabel =
  /^(?:the |our |my )?(?:supporting documents?|documents?|attachments?|evidence|appendix|summary|introduction|background|conclusion|contact(?: information)?|signature|invoices?|references?|enclosures?|notes?|subject|order ids?|affected (?:asins?|orders?|listings?|products?)|account (?:information|details)|seller (?:information|details)|business (?:information|details)|details|overview|asins?|timeline|results?(?: so far)?)\b/i;

const closingLine = /^(?:sincerely|best regards|kind regards|warm regards|regards|respectfully|yours (?:truly|faithfully|sincerely)|thank you|thanks)\b[^.!?]{0,40}[,.!]?\s*$/i;

export function normalizeLabel(text: string): string {
  return text
    .replace(/[*_`#>]+/g, ' ')
    .replace(/\(s\)/gi, 's')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(enumerator, '')
    .replace(/[:.\s]+$/, '')
    .trim();
}

export type Aliases = Partial<Record<MainSectionKind, string[]>>;

function aliasKind(normalized: string, aliases: Aliases): MainSectionKind | undefined {
  const lower = normalized.toLowerCase();
  for (const [kind, phrases] of Object.entries(aliases) as [MainSectionKind, string[]][]) {
    for (const phrase of phrases ?? []) {
      if (phrase && lower.includes(phrase.toLowerCase())) return kind;
    }
  }
  return undefined;
}

function hasMoreWordsThan(text: string, max: number): boolean {
  let count = 0;
  for (const token of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(token[0]) && ++count > max) return true;
  return false;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Which of the three questions a label answers, judged by its words. */
export function classifyLabel(text: string, aliases: Aliases = {}): SectionKind | undefined {
  const normalized = normalizeLabel(text);
  if (!normalized || wordCount(normalized) > 12) return undefined;
  const aliased = aliasKind(normalized, aliases);
  if (aliased) return aliased;
  if (/\bplan of action\b|\bappeal\b/i.test(normalized)) return 'other';
  if (!labelHead.test(normalized)) return otherLabel.test(normalized) ? 'other' : undefined;
  if (preventionWords.test(normalized)) return 'preventive-measures';
  if (rootCauseWords.test(normalized)) return 'root-cause';
  if (actionWords.test(normalized)) return 'actions-taken';
  return otherLabel.test(normalized) ? 'other' : undefined;
}

export interface LineLabel {
  kind: SectionKind;
  /** Length of the label within the line, from its start (the colon included). */
  length: number;
}

/**
 * Reads a line of prose as a label, if it is one: "Root cause:", "A) What went
 * wrong:", "ROOT CAUSE", or "Root cause: our stock count was wrong." (a label
 * followed by its first sentence).
 */
export function matchLineLabel(line: string, aliases: Aliases = {}, isBold = false): LineLabel | undefined {
  const trimmedEnd = line.replace(/\s+$/, '');
  // "## Root cause" typed into a plain-text draft reads as a heading.
  if (/^\s*#{1,6}\s/.test(trimmedEnd)) isBold = true;
  if (!trimmedEnd.trim()) return undefined;
  if (closingLine.test(trimmedEnd.trim())) return { kind: 'other', length: trimmedEnd.length };
  const colon = trimmedEnd.indexOf(':');
  if (colon >= 0) {
    const prefix = trimmedEnd.slice(0, colon);
    const kind = classifyLabel(prefix, aliases);
    const endsAtColon = trimmedEnd.slice(colon + 1).trim() === '';
    if (kind && kind !== 'other') return { kind, length: colon + 1 };
    if (kind === 'other' && endsAtColon) return { kind, length: colon + 1 };
    if (kind === 'other' && /^\s*subject\b/i.test(prefix)) return undefined;
    return undefined;
  }
  // Seller Central's own questions: "What caused the issue?"
  if (trimmedEnd.endsWith('?')) {
    const kind = wordCount(trimmedEnd) <= 15 ? classifyLabel(trimmedEnd.slice(0, -1), aliases) : undefined;
    return kind && kind !== 'other' ? { kind, length: trimmedEnd.length } : undefined;
  }
  // A label line without a colon: short, no sentence punctuation, and either
  // bold or written as a title ("ROOT CAUSE", "Preventive Measures").
  // A sentence's end rules it out before the costlier normalising: most lines are sentences.
  if (/[.!?,;]$/.test(trimmedEnd)) return undefined;
  // So does its length, counted only as far as it must be: normalising drops at most three words (an enumerator).
  if (hasMoreWordsThan(trimmedEnd, 8 + 3)) return undefined;
  const words = normalizeLabel(trimmedEnd);
  if (!words || wordCount(words) > 8) return undefined;
  const titleLike = isBold || words === words.toUpperCase() || words.split(' ').every((w) => /^[A-Z0-9(&/-]/.test(w) || /^(?:of|the|to|and|for|a|an|in|on|we|it|this)$/.test(w));
  if (!titleLike) return undefined;
  const kind = classifyLabel(trimmedEnd, aliases);
  return kind ? { kind, length: trimmedEnd.length } : undefined;
}

export { closingLine };
