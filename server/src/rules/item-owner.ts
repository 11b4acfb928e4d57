import { actionsNotTaken, isPromise } from './actions-not-taken';
import { questionToReviewer, reviewerFindings } from './question-to-reviewer';
import { startsWithin } from './smart-item';
import { vague } from './vague';
import type { ActionItem, PlanOfAction } from '../engine/model';
import type { RuleContext } from '../engine/rule';
import type { Span } from '../engine/text';

/** The items that only promise, found once per analysis. */
const promisingItems = (poa: PlanOfAction): Set<ActionItem> => new Set(poa.items.filter(isPromise));
const promises = (context: RuleContext) => context.shared(promisingItems);

/**
 * Whether a rule more specific than the SMART parts speaks for the item: a
 * promise under actions taken (actions-not-taken), a question or request to
 * the reviewer or a support case in it (question-to-reviewer: it is said to
 * the reviewer, not done), or a vague phrase in it (vague, whose message then
 * names what else the item lacks). An item gets one finding; these come first.
 */
export function ownedElsewhere(context: RuleContext, item: ActionItem): boolean {
  const { start, end } = item.span;
  if (context.reports(actionsNotTaken.id, start) && promises(context).has(item)) return true;
  if (saidToReviewer(context, item.span)) return true;
  return startsWithin(context.sentenceFindings(vague), start, end);
}

/** Whether question-to-reviewer reports in the span: a question, a request or a support case is said to the reviewer, not done. */
export function saidToReviewer(context: RuleContext, span: Span): boolean {
  return context.reports(questionToReviewer.id, span.start) && startsWithin(context.shared(reviewerFindings), span.start, span.end);
}
