import { actionsNotTaken, isPromise } from './actions-not-taken';
import { startsWithin } from './smart-item';
import { vague } from './vague';
import type { ActionItem, PlanOfAction } from '../engine/model';
import type { RuleContext } from '../engine/rule';

/** The items that only promise, found once per analysis. */
const promisingItems = (poa: PlanOfAction): Set<ActionItem> => new Set(poa.items.filter(isPromise));
const promises = (context: RuleContext) => context.shared(promisingItems);

/**
 * Whether a rule more specific than the SMART parts speaks for the item: a
 * promise under actions taken (actions-not-taken), or a vague phrase in it
 * (vague, whose message then names what else the item lacks). An item gets
 * one finding; these come first.
 */
export function ownedElsewhere(context: RuleContext, item: ActionItem): boolean {
  if (context.reports(actionsNotTaken.id, item.span.start) && promises(context).has(item)) return true;
  return startsWithin(context.sentenceFindings(vague), item.span.start, item.span.end);
}
