import type { NoticeType } from '../notice';

/**
 * A policy pack: what the reviewers of one notice type look for in a plan,
 * as data. Each topic says what to mention, why reviewers ask for it, how a
 * plan shows it (regular expression sources, matched case-insensitively
 * against the seller's own words), and where the fact comes from: an Amazon
 * help page, or a fact of the project's domain notes stated in our words.
 */
export interface PolicyTopic {
  /** Kebab-case, unique within the pack. */
  id: string;
  /** What to mention, as the finding names it: "the supplier's name, address, phone and website". */
  topic: string;
  /** Why reviewers ask for it, in the seller's terms. */
  why: string;
  /** Any of these in the plan mentions the topic. */
  mentions: readonly string[];
  sources: readonly string[];
}

export interface PolicyPack {
  type: NoticeType;
  topics: readonly PolicyTopic[];
}

/** `a` and `b` in one sentence, within `gap` characters, in either order. */
export function near(a: string, b: string, gap = 100): string {
  return `(?:${a})[^.\\n]{0,${gap}}(?:${b})|(?:${b})[^.\\n]{0,${gap}}(?:${a})`;
}

/** Sources the packs share. */
export const domainNotes = "DOMAIN.md (the project's notes on Amazon's help pages, forums and consultants, late 2026)";
export const authenticityHelp = 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=7ZFF8YRKNKFFVMK';

/** Words that say listings are gone for good, not only out of stock. */
export const listingsDeleted = near('deleted|removed|closed|took down|taken down', 'listings?|ASINs?|offers?', 60);
/** A review of the whole catalogue, not only the ASINs named. */
export const catalogueReview = near(
  'reviewed|audited|checked|screened|went through|inspected',
  'catalog(?:ue)?|inventory|all (?:of )?(?:our |the )?(?:\\d+ )?(?:listings|ASINs|products|SKUs)|every (?:listing|ASIN|product|SKU)',
  60,
);
