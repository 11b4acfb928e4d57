import { blame } from './blame';
import { emptySection } from './empty-section';
import { missingActionsTaken } from './missing-actions-taken';
import { missingPreventiveMeasures } from './missing-preventive-measures';
import { missingRootCause } from './missing-root-cause';
import { placeholder } from './placeholder';
import { sectionOrder } from './section-order';
import type { Rule } from './types';
import { untimedAction } from './untimed-action';
import { vague } from './vague';

/** Every rule, in the order their findings are listed for the same position. */
export const rules: readonly Rule[] = [
  missingRootCause,
  missingActionsTaken,
  missingPreventiveMeasures,
  emptySection,
  sectionOrder,
  placeholder,
  blame,
  vague,
  untimedAction,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
