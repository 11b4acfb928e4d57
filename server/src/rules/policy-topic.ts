import type { Rule, RuleFinding } from '../engine/rule';
import { documentStartSpan } from '../rule-kit/missing-section';
import { noticeOrigin, noticeSpan } from '../rule-kit/notice-kit';
import { noticeTypeNames, noticeTypes } from '../words/en/notice';
import { policyPacks } from '../words/en/policy';

/** Each topic's mentions as one expression, built once. */
const topicPatterns = Object.fromEntries(
  noticeTypes.map((type) => [
    type,
    policyPacks[type].topics.map((topic) => ({ topic, pattern: new RegExp(topic.mentions.map((m) => `(?:${m})`).join('|'), 'iu') })),
  ]),
);

export const policyTopic: Rule = {
  id: 'policy-topic',
  description: "A topic the reviewers of the notice's type look for (its policy pack) that the plan never mentions.",
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa, notices }): Iterable<RuleFinding> {
    const type = notices.type;
    // Precision first: only with a known type, and only in a plan that has begun its parts.
    if (!type || !poa.sections.some((section) => section.kind !== 'other')) return;
    const placed = notices.notification;
    const issue = notices.facts.issue;
    const where =
      issue?.type === type
        ? { start: issue.start, end: issue.end }
        : placed?.model.typeSpan && placed.model.type === type
          ? noticeSpan(poa, placed, placed.model.typeSpan)
          : documentStartSpan(poa);
    const origin = placed && issue?.type !== type ? noticeOrigin(placed) : '';
    for (const { topic, pattern } of topicPatterns[type]) {
      if (pattern.test(poa.masked)) continue;
      yield {
        ...where,
        message:
          `In a plan for ${noticeTypeNames[type]}${origin}, reviewers look for ${topic.topic}, and yours does not mention it: ` +
          `${topic.why}.`,
      };
    }
  },
};
