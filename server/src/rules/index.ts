import { actionsNotTaken } from './actions-not-taken';
import { blame } from './blame';
import { boilerplate } from './boilerplate';
import { emotionalTone } from './emotional-tone';
import { emptySection } from './empty-section';
import { excessiveLength } from './excessive-length';
import { hedging } from './hedging';
import { longSentence } from './long-sentence';
import { malformedId } from './malformed-id';
import { missingActionsTaken } from './missing-actions-taken';
import { missingPreventiveMeasures } from './missing-preventive-measures';
import { missingRootCause } from './missing-root-cause';
import { passiveVoice } from './passive-voice';
import { placeholder } from './placeholder';
import { preferBullets } from './prefer-bullets';
import { sectionOrder } from './section-order';
import { sensitiveData } from './sensitive-data';
import { thinPrevention } from './thin-prevention';
import type { Rule } from './types';
import { unmeasurableAction } from './unmeasurable-action';
import { untimedAction } from './untimed-action';
import { vague } from './vague';

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
