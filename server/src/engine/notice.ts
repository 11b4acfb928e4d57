import * as chrono from 'chrono-node';
import type { MainSectionKind } from '../common/settings';
import {
  deadlineBefore,
  deadlineWithin,
  invalidDocumentsPattern,
  metricNames,
  noticeTypeAliases,
  noticeTypes,
  noticeTypeSignals,
  notImplementedPattern,
  numberWords,
  requestOpeners,
  requestParts,
  targetWords,
  type NoticeType,
} from '../words/en/notice';
import type { Span } from './text';

export type { NoticeType } from '../words/en/notice';

/** Identifiers a notice names, as the plan must repeat them. */
export type NoticeIdKind = 'asin' | 'order' | 'shipment' | 'complaint';

/** Spans are offsets into the notice's own text. */
export interface NoticeId extends Span {
  kind: NoticeIdKind;
  id: string;
}

export interface NoticeMetric extends Span {
  type: NoticeType;
  /** "Order Defect Rate". */
  name: string;
  /** What the seller abbreviates it to: "ODR". */
  short: string;
  /** The seller's figure, in percent: 1.44. */
  value?: number;
  /** The target as the notice words it: "under 1%". */
  target?: string;
}

export interface NoticeDate extends Span {
  date: Date;
}

export interface NoticeDeadline extends Span {
  /** The date the notice gives, or the notice's date plus `within`. */
  date?: Date;
  /** "within 17 days": counted from the date of the notice. */
  within?: { amount: number; unit: 'days' | 'hours' };
}

/** Amazon's notice, as the seller pasted it. */
export interface Notice {
  type?: NoticeType;
  /** The phrase that gave the type away, the strongest one. */
  typeSpan?: Span;
  /** Each identifier once, at its first mention, in the order of the text. */
  ids: NoticeId[];
  brands: (Span & { name: string })[];
  metric?: NoticeMetric;
  dates: NoticeDate[];
  deadline?: NoticeDeadline;
}

export type RejectionRequestKind = 'greater-detail' | 'not-implemented' | 'invalid-documents';

export interface RejectionRequest extends Span {
  kind: RejectionRequestKind;
  /** The part of the plan a "greater detail" request asks about. */
  part?: MainSectionKind;
  /** What it asks about ("late shipments"), when it says. */
  subject?: string;
}

/** Amazon's reply to an earlier plan. */
export interface Rejection {
  requests: RejectionRequest[];
}

const asin = /(?<![\p{L}\p{N}])B0[A-Z0-9]{8}(?![\p{L}\p{N}])/gu;
const asinAnyCase = /(?<![\p{L}\p{N}])[Bb]0(?=[A-Za-z0-9]{0,7}[a-z])[A-Za-z0-9]{8}(?![\p{L}\p{N}])/gu;
const order = /(?<![\p{L}\p{N}-])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![\p{L}\p{N}-])/gu;
const shipment = /(?<![\p{L}\p{N}])FBA[A-Z0-9]{6,12}(?![\p{L}\p{N}])/gu;
const complaint =
  /\b(?:complaint|reference|notice|report|infringement)\s*(?:id|number|no\.?|#)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]{4,29})\b/gi;
/** A masked ID ("B07TLXXXXX") is not one to check. */
const masked = /X{3,}|x{3,}/;

/** The ASINs, order IDs and FBA shipment IDs a text mentions outside the given spans (a plan outside its notice). */
export function idsOutside(text: string, skipped: readonly Span[]): Set<string> {
  const found = new Set<string>();
  const outside = (start: number, end: number) => !skipped.some((span) => start < span.end && end > span.start);
  for (const [pattern, hint] of [
    [asin, 'B0'],
    [order, '-'],
    [shipment, 'FBA'],
  ] as const) {
    if (!text.includes(hint)) continue;
    for (const match of text.matchAll(pattern)) if (outside(match.index, match.index + match[0].length)) found.add(match[0]);
  }
  // An ASIN typed in lower case ("b08qwert12") still names it: malformed-id asks for the capitals, once.
  if (/b0/i.test(text))
    for (const match of text.matchAll(asinAnyCase))
      if (outside(match.index, match.index + match[0].length)) found.add(match[0].toUpperCase());
  return found;
}

/** Every ASIN, order ID, FBA shipment ID and complaint ID in a text, each once, at its first mention. */
export function findIds(text: string): NoticeId[] {
  const ids: NoticeId[] = [];
  const seen = new Set<string>();
  const add = (kind: NoticeIdKind, id: string, start: number) => {
    if (masked.test(id) || seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    ids.push({ kind, id, start, end: start + id.length });
  };
  if (text.includes('B0')) for (const match of text.matchAll(asin)) add('asin', match[0], match.index);
  if (text.includes('-')) for (const match of text.matchAll(order)) add('order', match[0], match.index);
  if (text.includes('FBA')) for (const match of text.matchAll(shipment)) if (/\d/.test(match[0])) add('shipment', match[0], match.index);
  for (const match of text.matchAll(complaint)) {
    if (!/\d/.test(match[1])) continue;
    add('complaint', match[1], match.index + match[0].length - match[1].length);
  }
  return ids.sort((a, b) => a.start - b.start);
}

const signalPatterns = noticeTypes.map((type) => ({
  type,
  signals: noticeTypeSignals[type].map(([source, weight]) => ({ pattern: new RegExp(source, 'gi'), weight })),
}));

/** The notice type whose phrases weigh most; the Code of Conduct only when nothing else is named (notices remind of it). */
function readType(text: string): { type: NoticeType; span: Span } | undefined {
  let best: { type: NoticeType; score: number; span: Span; weight: number } | undefined;
  for (const { type, signals } of signalPatterns) {
    let score = 0;
    let strongest: { span: Span; weight: number } | undefined;
    for (const { pattern, weight } of signals) {
      for (const match of text.matchAll(pattern)) {
        score += weight;
        if (!strongest || weight > strongest.weight)
          strongest = { span: { start: match.index, end: match.index + match[0].length }, weight };
      }
    }
    if (!strongest) continue;
    if (type === 'code-of-conduct' && best) continue;
    if (!best || score > best.score || best.type === 'code-of-conduct') best = { type, score, ...strongest };
  }
  return best && { type: best.type, span: best.span };
}

/** The type named by `issue:`, in any of the ways a seller may write it; undefined for a name not known. */
export function noticeTypeFromName(name: string): NoticeType | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
  const hyphenated = key.replace(/ /g, '-');
  if ((noticeTypes as readonly string[]).includes(hyphenated)) return hyphenated as NoticeType;
  return noticeTypeAliases[key] ?? noticeTypeAliases[hyphenated] ?? noticeTypeAliases[key.replace(/-/g, ' ')];
}

const brandField = /^[ \t]*(?:brand(?: name)?|rights owner|trademark owner)\s*:\s*([^\r\n]*?)\s*(?=$|\s{2,}|\b(?:ASIN|Title)\b)/gim;

function readBrands(text: string): (Span & { name: string })[] {
  const brands: (Span & { name: string })[] = [];
  for (const match of text.matchAll(brandField)) {
    const name = match[1].replace(/[,;.]+$/, '');
    if (!name || masked.test(name) || brands.some((brand) => brand.name === name)) continue;
    const start = match.index + match[0].indexOf(match[1], match[0].indexOf(':'));
    brands.push({ name, start, end: start + name.length });
  }
  return brands;
}

const metricPattern = new RegExp(metricNames.map((metric) => `(${metric.pattern})`).join('|'), 'gi');
const percent = /(\d{1,3}(?:\.\d{1,2})?)\s*%/g;
const targetBefore = new RegExp(`${targetWords}\\W+(?:[\\p{L}]+\\W+){0,3}$`, 'iu');

const comparator = /\b(?:under|below|less than|lower than|more than|above|greater than|at least|no more than|at most)\b/gi;

/** "the target of under 1%" → "under 1%"; "the target is 2.5%" → "2.5%". */
function targetText(words: string, figure: string): string {
  // "above the target of 4%": a comparator before the target's name is about the seller's figure.
  const noun = [...words.matchAll(/\b(?:target|goal|threshold|standard|requirement|limit|benchmark)\b/gi)].pop();
  const compared = [...words.slice(noun ? noun.index + noun[0].length : 0).matchAll(comparator)].pop();
  return compared ? `${compared[0].toLowerCase()} ${figure}%` : `${figure}%`;
}

/** The sentence around an offset: from the last full stop or line break before it to the next (a decimal point ends none). */
function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]) && start - from < 300) from--;
  let to = end;
  while (to < text.length && !/[!?\n]/.test(text[to]) && !(text[to] === '.' && !/\d/.test(text[to + 1] ?? '')) && to - end < 300) to++;
  return { start: from, end: to };
}

function readMetric(text: string, type: NoticeType | undefined): NoticeMetric | undefined {
  for (const match of text.matchAll(metricPattern)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const metric = metricNames[index];
    const found: NoticeMetric = {
      type: metric.type,
      name: metric.name,
      short: metric.short,
      start: match.index,
      end: match.index + match[0].length,
    };
    // The figures in the metric's sentence, and the target in the next one ("… is 6.2%. This is above the target of 4%").
    const sentence = sentenceAround(text, match.index, match.index + match[0].length);
    const next = sentenceAround(text, sentence.end + 1, sentence.end + 1);
    for (const region of [sentence, next]) {
      if (region === next && (found.target !== undefined || found.value === undefined)) break;
      for (const figure of text.slice(region.start, region.end).matchAll(percent)) {
        const at = region.start + figure.index;
        const target = targetBefore.exec(text.slice(Math.max(region.start, at - 40), at));
        if (target && found.target === undefined) found.target = targetText(target[0], figure[1]);
        else if (!target && found.value === undefined && region === sentence) found.value = Number(figure[1]);
      }
    }
    if (found.value !== undefined || found.target !== undefined || type === metric.type) return found;
  }
  if (!type) return undefined;
  // "More than 4% of your orders were confirmed to have been shipped late": the metric by what it measures.
  const metric = metricNames.find((candidate) => candidate.type === type);
  if (!metric) return undefined;
  for (const figure of text.matchAll(percent)) {
    const sentence = sentenceAround(text, figure.index, figure.index + figure[0].length);
    const words = text.slice(sentence.start, sentence.end);
    if (!/late|defect|cancel|tracking/i.test(words)) continue;
    const before = text.slice(Math.max(sentence.start, figure.index - 40), figure.index);
    const target = targetBefore.exec(before);
    return {
      type,
      name: metric.name,
      short: metric.short,
      start: figure.index,
      end: figure.index + figure[0].length,
      ...(target ? { target: targetText(target[0], figure[1]) } : { value: Number(figure[1]) }),
    };
  }
  return undefined;
}

const referenceDate = new Date(2026, 0, 1);

/** Dates with a day and a month: "November 20, 2026", "20/11/2026"; not "today" or "17 days". */
function readDates(text: string): NoticeDate[] {
  // chrono reads every number as a possible date: skip it on a notice of nothing but IDs.
  if (!/[A-Za-z]{3}|\d[/.-]\d/.test(text)) return [];
  const dates: NoticeDate[] = [];
  for (const result of chrono.parse(text.length > 20_000 ? text.slice(0, 20_000) : text, referenceDate)) {
    if (!result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    // "within 17 days" is a span of time, not a date.
    if (!/\d/.test(result.text) || /\b(?:days?|hours?|weeks?|ago|today|tomorrow|yesterday)\b/i.test(result.text)) continue;
    dates.push({ date: result.start.date(), start: result.index, end: result.index + result.text.length });
  }
  return dates;
}

const within = new RegExp(deadlineWithin, 'gi');
const before = new RegExp(deadlineBefore, 'gi');

function readDeadline(text: string, dates: NoticeDate[]): NoticeDeadline | undefined {
  for (const match of text.matchAll(before)) {
    const after = match.index + match[0].length;
    const date = dates.find((candidate) => candidate.start === after);
    if (date) return { date: date.date, start: match.index, end: date.end };
  }
  for (const match of text.matchAll(within)) {
    const amount = Number(match[1]) || numberWords[match[1].toLowerCase()];
    if (!amount) continue;
    return { within: { amount, unit: /^hour/i.test(match[3]) ? 'hours' : 'days' }, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** Reads Amazon's notice: its type, the identifiers it names, the brand, the metric and its target, dates and the deadline. */
export function readNotice(text: string): Notice {
  const typed = readType(text);
  const dates = readDates(text);
  const deadline = readDeadline(text, dates);
  const metric = readMetric(text, typed?.type);
  return {
    ...(typed && { type: typed.type, typeSpan: typed.span }),
    ids: findIds(text),
    brands: readBrands(text),
    ...(metric && { metric }),
    dates,
    ...(deadline && { deadline }),
  };
}

/** The deadline as a date: the notice's own, or `within` counted from the notice's date (the `notified:` fact or its first date). */
export function deadlineDate(notice: Notice, notified?: Date): Date | undefined {
  const deadline = notice.deadline;
  if (!deadline) return undefined;
  if (deadline.date) return deadline.date;
  const from = notified ?? notice.dates[0]?.date;
  if (!from || !deadline.within) return undefined;
  const hours = deadline.within.unit === 'hours' ? deadline.within.amount : deadline.within.amount * 24;
  return new Date(from.getTime() + hours * 3600_000);
}

const opener = new RegExp(`(?:^|[\\s"“(\\-–—•*])(?:${requestOpeners})\\b`, 'i');
const parts = requestParts.map(({ part, pattern }) => ({ part, pattern: new RegExp(pattern, 'i') }));
const notImplemented = new RegExp(notImplementedPattern, 'i');
const invalidDocuments = new RegExp(invalidDocumentsPattern, 'i');
const subjectAfter = /\b(?:of|to resolve|to address|to prevent|regarding|for)\s+(.+?)\s*(?:going forward)?[.:;]?\s*$/i;

/** Reads Amazon's reply to an earlier plan: each request for greater detail, "have not been implemented", "documents … invalid". */
export function readRejection(text: string): Rejection {
  const requests: RejectionRequest[] = [];
  let lineStart = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (text[start + line.length] === '\r' && text[start + line.length + 1] === '\n') lineStart++;
    if (!line.trim() || line.length > 2000) continue;
    const lead = /^[\s\-–—•*>]*(?:\d{1,2}[.)]\s*)?/.exec(line)?.[0].length ?? 0;
    const span = { start: start + lead, end: start + line.trimEnd().length };
    if (span.end <= span.start) continue;
    const content = line.slice(lead).trimEnd();
    if (notImplemented.test(content)) {
      requests.push({ kind: 'not-implemented', ...span });
      continue;
    }
    if (invalidDocuments.test(content)) {
      requests.push({ kind: 'invalid-documents', ...span });
      continue;
    }
    if (!opener.test(` ${content}`)) continue;
    const found = parts.map(({ part, pattern }) => ({ part, match: pattern.exec(content) })).find(({ match }) => match);
    if (!found?.match) continue;
    const part = found.part;
    const subject = subjectAfter.exec(content.slice(Math.max(0, found.match.index - 4)))?.[1];
    requests.push({ kind: 'greater-detail', part, ...span, ...(subject && subject.length <= 120 && { subject }) });
  }
  return { requests };
}

/** "Order Defect Rate 1.44%, target under 1%", as the findings quote it. */
export function describeMetric(metric: NoticeMetric): string {
  const value = metric.value !== undefined ? ` ${metric.value}%` : '';
  return `${metric.name}${value}${metric.target !== undefined ? `, target ${metric.target}` : ''}`;
}
