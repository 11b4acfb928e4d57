import { actionsNotTaken } from './rules/actions-not-taken';
import { blame } from './rules/blame';
import { boilerplate } from './rules/boilerplate';
import { emotionalTone } from './rules/emotional-tone';
import { emptySection } from './rules/empty-section';
import { excessiveLength } from './rules/excessive-length';
import { hedging } from './rules/hedging';
import { longSentence } from './rules/long-sentence';
import { malformedId } from './rules/malformed-id';
import { missingActionsTaken } from './rules/missing-actions-taken';
import { missingPreventiveMeasures } from './rules/missing-preventive-measures';
import { missingRootCause } from './rules/missing-root-cause';
import { passiveVoice } from './rules/passive-voice';
import { placeholder } from './rules/placeholder';
import { preferBullets } from './rules/prefer-bullets';
import { sectionOrder } from './rules/section-order';
import { sensitiveData } from './rules/sensitive-data';
import { thinPrevention } from './rules/thin-prevention';
import type { Rule } from './engine/rule';
import { unmeasurableAction } from './rules/unmeasurable-action';
import { untimedAction } from './rules/untimed-action';
import { vague } from './rules/vague';

/** Every rule, in the order their findings are listed for the same position (SPEC §2's order). */
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
  actionsNotTaken,
  unmeasurableAction,
  emotionalTone,
  boilerplate,
  hedging,
  passiveVoice,
  thinPrevention,
  preferBullets,
  excessiveLength,
  longSentence,
  sensitiveData,
  malformedId,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
