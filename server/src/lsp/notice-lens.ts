import { MarkupKind, type CodeLens, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import type { LintResult } from '../engine/linter';
import type { PlanOfAction } from '../engine/model';
import { deadlineDate, type NoticeId } from '../engine/notice';
import { mentionedIds, ownText } from '../rule-kit/notice-kit';

const kindWords: Record<string, [string, string]> = {
  asin: ['ASIN', 'ASINs'],
  order: ['order', 'orders'],
  shipment: ['shipment', 'shipments'],
};

const dayMs = 24 * 3600_000;

function counted(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The IDs the plan must answer: ASINs, orders and shipments (a complaint ID is Amazon's reference, not the seller's). */
function answerable(ids: readonly NoticeId[]): NoticeId[] {
  return ids.filter((id) => kindWords[id.kind] !== undefined);
}

/** "12 days left", "due today", "deadline passed 3 days ago": counted in whole days from `now`. */
export function daysLeft(deadline: Date, now: Date): string {
  const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOfDay(deadline) - startOfDay(now)) / dayMs);
  if (days === 0) return 'due today';
  if (days > 0) return `${counted(days, ['day', 'days'])} left`;
  return `deadline passed ${counted(-days, ['day', 'days'])} ago`;
}

/**
 * The lens above the notice: what it names and how much of it the plan
 * answers ("3 ASINs · 2 addressed · 12 days left"); above a rejection, its
 * requests and how many are still open. A notice from beside the plan gets
 * its lens on the first line.
 */
export function noticeLenses(result: LintResult, diagnostics: readonly Diagnostic[], now = new Date()): CodeLens[] {
  const { poa, notices } = result;
  const lenses: CodeLens[] = [];
  const lineOf = (offset: number | undefined) => {
    const block = offset === undefined ? undefined : notices.blocks.find((candidate) => candidate.content.start === offset);
    const line = block ? poa.lines.positionAt(block.span.start).line : 0;
    return { start: { line, character: 0 }, end: { line, character: 0 } };
  };
  const notification = notices.notification;
  if (notification) {
    const ids = answerable(notification.model.ids);
    const mentioned = mentionedIds(poa, notices.blocks);
    const parts: string[] = [];
    const kinds = Object.keys(kindWords).filter((kind) => ids.some((id) => id.kind === kind));
    if (kinds.length > 0) {
      parts.push(kinds.map((kind) => counted(ids.filter((id) => id.kind === kind).length, kindWords[kind])).join(', '));
      parts.push(`${ids.filter((id) => mentioned.has(id.id)).length} addressed`);
    } else {
      parts.push('no ASIN, order or shipment ID');
    }
    const deadline = deadlineDate(notification.model, notices.facts.notified?.date);
    if (deadline) parts.push(daysLeft(deadline, now));
    const from = notification.file && notification.offset === undefined ? ` (${notification.file})` : '';
    lenses.push({ range: lineOf(notification.offset), command: { title: `Notice${from}: ${parts.join(' · ')}`, command: '' } });
  }
  const rejection = notices.rejection;
  if (rejection) {
    const requests = rejection.model.requests.length;
    const open = diagnostics.filter((diagnostic) => diagnostic.code === 'rejection-point').length;
    const from = rejection.file && rejection.offset === undefined ? ` (${rejection.file})` : '';
    const title =
      requests === 0
        ? `Rejection${from}: no request read`
        : `Rejection${from}: ${counted(requests, ['request', 'requests'])} · ${open} open`;
    lenses.push({ range: lineOf(rejection.offset), command: { title, command: '' } });
  }
  return lenses;
}

/** The section an offset is in, by its label, for "addressed in Actions taken (line 14)". */
function placeOf(poa: PlanOfAction, offset: number): string {
  const line = poa.lines.positionAt(offset).line + 1;
  const section = poa.sections.filter((candidate) => candidate.label.start <= offset).pop();
  return section ? `${section.labelText.replace(/[:.]$/, '')} (line ${line})` : `line ${line}`;
}

/** Hovering an ID inside the notice: where the plan addresses it, or that it does not. */
export function noticeHover(result: LintResult, position: Position): Hover | null {
  const { poa, notices } = result;
  const placed = notices.notification;
  if (!placed || placed.offset === undefined) return null;
  const offset = poa.lines.offsetAt(position) - placed.offset;
  const id = placed.model.ids.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (!id || kindWords[id.kind] === undefined) return null;
  const own = ownText(poa, notices.blocks);
  const places: string[] = [];
  for (let at = own.indexOf(id.id); at !== -1 && places.length < 5; at = own.indexOf(id.id, at + id.id.length))
    places.push(placeOf(poa, at));
  const [name] = kindWords[id.kind];
  const value =
    places.length === 0
      ? `**${id.id}** (${name} of the notice): not mentioned in your plan yet. Amazon asks for an answer for every ${name} it names.`
      : `**${id.id}** (${name} of the notice) is addressed in ${places.join(', ')}.`;
  const start = poa.lines.positionAt(placed.offset + id.start);
  const end = poa.lines.positionAt(placed.offset + id.end);
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start, end } };
}
