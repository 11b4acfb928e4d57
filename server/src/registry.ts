import type { Rule } from './engine/rule';
import { actionsNotTaken } from './rules/actions-not-taken';
import { blame } from './rules/blame';
import { boilerplate } from './rules/boilerplate';
import { disableComment } from './rules/disable-comment';
import { businessIntroduction } from './rules/business-introduction';
import { emotionalTone } from './rules/emotional-tone';
import { emptySection } from './rules/empty-section';
import { evidence } from './rules/evidence';
import { excessiveLength } from './rules/excessive-length';
import { formLimit } from './rules/form-limit';
import { hedging } from './rules/hedging';
import { longSentence } from './rules/long-sentence';
import { malformedId } from './rules/malformed-id';
import { missingActionsTaken } from './rules/missing-actions-taken';
import { missingPreventiveMeasures } from './rules/missing-preventive-measures';
import { missingRootCause } from './rules/missing-root-cause';
import { noOwner } from './rules/no-owner';
import { noticeCoverage } from './rules/notice-coverage';
import { passiveVoice } from './rules/passive-voice';
import { placeholder } from './rules/placeholder';
import { policyReading } from './rules/policy-reading';
import { policyTopic } from './rules/policy-topic';
import { preferBullets } from './rules/prefer-bullets';
import { questionToReviewer } from './rules/question-to-reviewer';
import { rejectionPoint } from './rules/rejection-point';
import { resubmission } from './rules/resubmission';
import { sectionOrder } from './rules/section-order';
import { sensitiveData } from './rules/sensitive-data';
import { thinPrevention } from './rules/thin-prevention';
import { unmeasurableAction } from './rules/unmeasurable-action';
import { untimedAction } from './rules/untimed-action';
import { vague } from './rules/vague';

import actionsNotTakenDoc from './rules/actions-not-taken.md';
import blameDoc from './rules/blame.md';
import boilerplateDoc from './rules/boilerplate.md';
import businessIntroductionDoc from './rules/business-introduction.md';
import disableCommentDoc from './rules/disable-comment.md';
import emotionalToneDoc from './rules/emotional-tone.md';
import emptySectionDoc from './rules/empty-section.md';
import evidenceDoc from './rules/evidence.md';
import excessiveLengthDoc from './rules/excessive-length.md';
import formLimitDoc from './rules/form-limit.md';
import hedgingDoc from './rules/hedging.md';
import longSentenceDoc from './rules/long-sentence.md';
import malformedIdDoc from './rules/malformed-id.md';
import missingActionsTakenDoc from './rules/missing-actions-taken.md';
import missingPreventiveMeasuresDoc from './rules/missing-preventive-measures.md';
import missingRootCauseDoc from './rules/missing-root-cause.md';
import noOwnerDoc from './rules/no-owner.md';
import noticeCoverageDoc from './rules/notice-coverage.md';
import passiveVoiceDoc from './rules/passive-voice.md';
import placeholderDoc from './rules/placeholder.md';
import policyReadingDoc from './rules/policy-reading.md';
import policyTopicDoc from './rules/policy-topic.md';
import preferBulletsDoc from './rules/prefer-bullets.md';
import questionToReviewerDoc from './rules/question-to-reviewer.md';
import rejectionPointDoc from './rules/rejection-point.md';
import resubmissionDoc from './rules/resubmission.md';
import sectionOrderDoc from './rules/section-order.md';
import sensitiveDataDoc from './rules/sensitive-data.md';
import thinPreventionDoc from './rules/thin-prevention.md';
import unmeasurableActionDoc from './rules/unmeasurable-action.md';
import untimedActionDoc from './rules/untimed-action.md';
import vagueDoc from './rules/vague.md';

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
  noOwner,
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
  questionToReviewer,
  businessIntroduction,
  policyReading,
  noticeCoverage,
  rejectionPoint,
  policyTopic,
  evidence,
  resubmission,
  formLimit,
  disableComment,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

/** Each rule's doc, bundled as text: any host can show it, with or without a file system. */
export const ruleDocs: Readonly<Record<string, string>> = {
  [actionsNotTaken.id]: actionsNotTakenDoc,
  [blame.id]: blameDoc,
  [boilerplate.id]: boilerplateDoc,
  [businessIntroduction.id]: businessIntroductionDoc,
  [disableComment.id]: disableCommentDoc,
  [emotionalTone.id]: emotionalToneDoc,
  [emptySection.id]: emptySectionDoc,
  [evidence.id]: evidenceDoc,
  [excessiveLength.id]: excessiveLengthDoc,
  [formLimit.id]: formLimitDoc,
  [hedging.id]: hedgingDoc,
  [longSentence.id]: longSentenceDoc,
  [malformedId.id]: malformedIdDoc,
  [missingActionsTaken.id]: missingActionsTakenDoc,
  [missingPreventiveMeasures.id]: missingPreventiveMeasuresDoc,
  [missingRootCause.id]: missingRootCauseDoc,
  [noOwner.id]: noOwnerDoc,
  [noticeCoverage.id]: noticeCoverageDoc,
  [passiveVoice.id]: passiveVoiceDoc,
  [placeholder.id]: placeholderDoc,
  [policyReading.id]: policyReadingDoc,
  [policyTopic.id]: policyTopicDoc,
  [preferBullets.id]: preferBulletsDoc,
  [questionToReviewer.id]: questionToReviewerDoc,
  [rejectionPoint.id]: rejectionPointDoc,
  [resubmission.id]: resubmissionDoc,
  [sectionOrder.id]: sectionOrderDoc,
  [sensitiveData.id]: sensitiveDataDoc,
  [thinPrevention.id]: thinPreventionDoc,
  [unmeasurableAction.id]: unmeasurableActionDoc,
  [untimedAction.id]: untimedActionDoc,
  [vague.id]: vagueDoc,
};

/** A doc's first paragraph after its title and its bold lead-ins (the default and why): what the rule flags, in a sentence or a few. */
export function ruleSummary(doc: string): string {
  const paragraphs = doc.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
  return paragraphs.find((paragraph) => paragraph !== '' && !/^#|^\*\*[^*\n]+:\*\*/.test(paragraph))?.replace(/\s+/g, ' ') ?? '';
}
