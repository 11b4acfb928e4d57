import type { PlanOfAction } from './model';

const planOfAction = /\bplans? of action\b/i;

/**
 * Whether a file not named as a plan (notes.md, draft.txt) reads like one:
 * labels of two of the three parts, or "Plan of Action" in a heading or the
 * subject line. Parts only guessed from a sentence do not count.
 */
export function readsLikePlanOfAction(poa: PlanOfAction): boolean {
  const labelled = new Set(poa.sections.filter((section) => !section.guessed).flatMap((section) => section.kinds));
  if (labelled.size >= 2) return true;
  const headings = poa.blocks.filter((block) => block.kind === 'heading').map((block) => block.span);
  return [...headings, ...(poa.subject ? [poa.subject] : [])].some((span) => planOfAction.test(poa.text.slice(span.start, span.end)));
}
