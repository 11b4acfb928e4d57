import { describeMetric, type NoticeIdKind } from '../engine/notice';
import type { Rule, RuleFinding } from '../engine/rule';
import { metricNames, performanceTypes } from '../words/en/notice';
import { mentionedIds, noticeOrigin, noticeSpan, sectionAppender, sectionOf, sectionWords } from '../rule-kit/notice-kit';

const kindNames: Partial<Record<NoticeIdKind, string>> = { asin: 'ASIN', order: 'order', shipment: 'shipment' };

/** "Order Defect Rate", "ODR", "order defect", or what the metric counts: the ways a root cause names the metric. */
const metricMentions = Object.fromEntries(
  metricNames.map((metric) => [
    metric.type,
    new RegExp(`${metric.pattern}|\\b${metric.short}\\b|${metric.pattern.replace(/ rate$/, '')}|\\b(?:${metric.counts})\\b`, 'i'),
  ]),
);

export const noticeCoverage: Rule = {
  id: 'notice-coverage',
  description:
    'An ASIN, order or shipment ID of the pasted notice that the plan never mentions; ' +
    'the metric of a performance notice missing from the root cause.',
  defaultSeverity: 'warning',
  fixable: true,
  *check({ poa, notices }): Iterable<RuleFinding> {
    const placed = notices.notification;
    if (!placed) return;
    const notice = placed.model;
    const wanted = notice.ids.filter((id) => kindNames[id.kind] !== undefined);
    if (wanted.length > 0) {
      const mentioned = mentionedIds(poa, notices.blocks);
      const target = sectionOf(poa, 'actions-taken') ?? sectionOf(poa, 'root-cause');
      const append = target && sectionAppender(poa, target);
      const where = target?.kinds.includes('actions-taken') ? 'the actions taken' : 'the root cause';
      for (const id of wanted) {
        if (mentioned.has(id.id)) continue;
        const name = kindNames[id.kind]!;
        const fix = append?.(`${id.id}: [what you found and did about this ${name}, and when]`, `Add ${id.id} to ${where}`);
        yield {
          ...noticeSpan(poa, placed, id),
          message:
            `${name === 'order' ? 'Order' : name === 'shipment' ? 'Shipment' : 'ASIN'} ${id.id} of the notice${noticeOrigin(placed)} ` +
            `appears nowhere in your plan. Amazon asks for an answer for every ${name} it names: say what you found and did about it, ` +
            `e.g. in ${where}.`,
          ...(fix && { fixes: [fix] }),
        };
      }
    }
    const metric = notice.metric;
    const rootCause = sectionOf(poa, 'root-cause');
    if (metric && notice.type && performanceTypes.includes(notice.type) && rootCause) {
      if (!metricMentions[metric.type].test(sectionWords(poa, rootCause, notices.blocks))) {
        yield {
          ...noticeSpan(poa, placed, metric),
          message:
            `The notice is about your ${describeMetric(metric)}${noticeOrigin(placed)}, and your root cause does not name it. ` +
            `Say which part of your process made the ${metric.name} rise, e.g. 'Our ${metric.short} rose to ` +
            `${metric.value ?? 'N'}% because …'.`,
        };
      }
    }
  },
};
