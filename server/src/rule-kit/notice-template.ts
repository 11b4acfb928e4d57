import type { MainSectionKind } from '../common/settings';
import type { PlanOfAction } from '../engine/model';
import { describeMetric } from '../engine/notice';
import type { PlanNotices } from '../engine/plan-notice';
import type { Fix } from '../engine/rule';
import { noticeTypeNames, performanceTypes } from '../words/en/notice';
import { policyPacks } from '../words/en/policy';
import { sectionNames, skeletonBodies } from './section-skeleton';

/** A template lists at most this many IDs; the coverage rule names the rest. */
const listedIds = 50;

/**
 * A plan to fill in, for the notice pasted above it: the three parts, the
 * notice's metric in the root cause, a line for each ASIN, order and shipment
 * in the actions taken, and the topics of the type's policy pack as
 * placeholders. Offered while the plan has none of its parts yet.
 */
export function noticeTemplateFix(poa: PlanOfAction, notices: PlanNotices): Fix | undefined {
  const placed = notices.notification;
  if (!placed || poa.sections.some((section) => section.kind !== 'other')) return undefined;
  const notice = placed.model;
  const type = notices.type;
  const eol = poa.text.includes('\r\n') ? '\r\n' : '\n';
  const label = (kind: MainSectionKind) => (poa.format === 'markdown' ? `## ${sectionNames[kind]}` : `${sectionNames[kind]}:`);
  const bullet = poa.format === 'markdown' ? '- ' : '• ';
  const gap = poa.format === 'markdown' ? ['', ''] : [''];

  const rootCause =
    notice.metric && type && performanceTypes.includes(type)
      ? `Our ${notice.metric.name} ${notice.metric.value !== undefined ? `rose to ${notice.metric.value}%` : 'missed its target'} ` +
        `(${describeMetric(notice.metric)}) because [what in our own process caused it]`
      : skeletonBodies['root-cause'];
  const ids = notice.ids.filter((id) => id.kind !== 'complaint');
  const idLines = ids
    .slice(0, listedIds)
    .map((id) => `${bullet}${id.id}: [what you found and did about this ${id.kind === 'asin' ? 'ASIN' : id.kind}, and when]`);
  if (ids.length > listedIds) idLines.push(`${bullet}[the other ${ids.length - listedIds} IDs of the notice]`);
  const topics = type ? policyPacks[type].topics.map((topic) => `${bullet}[${topic.topic}]`) : [];

  const lines = [
    ...(type ? [`${poa.format === 'markdown' ? '# ' : ''}Plan of Action: ${noticeTypeNames[type]}`, ...gap] : []),
    label('root-cause'),
    ...gap.slice(1),
    rootCause,
    '',
    label('actions-taken'),
    ...gap.slice(1),
    ...(idLines.length > 0 ? idLines : []),
    ...topics,
    ...(idLines.length === 0 && topics.length === 0 ? [`${bullet}${skeletonBodies['actions-taken']}`] : []),
    '',
    label('preventive-measures'),
    ...gap.slice(1),
    `${bullet}${skeletonBodies['preventive-measures']}`,
    '',
  ];
  // After the notice when it is in the plan (never inside it), else at the end.
  const block = notices.blocks.find((candidate) => candidate.content.start === placed.offset);
  const offset = block ? block.span.end : poa.text.length;
  const before = poa.text.slice(0, offset);
  const lead = before.trim() === '' ? '' : /(?:\r\n|\n|\r)$/.test(before) ? eol : eol + eol;
  return {
    title: type ? `Insert a plan for this notice (${noticeTypeNames[type]})` : 'Insert a plan for this notice',
    edits: [{ start: offset, end: offset, newText: lead + lines.join(eol) }],
  };
}
