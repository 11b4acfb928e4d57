import type { PlanFiles } from '../common/plan-files';
import { LruCache } from './cache';
import type { DocumentFormat, PlanOfAction } from './model';
import { noticeTypeFromName, readNotice, readRejection, type Notice, type NoticeType, type Rejection } from './notice';
import type { Span } from './text';

/** What the seller states about the plan: Markdown front matter, or a `<!-- poa … -->` comment in either format. */
export interface DocumentFacts {
  /** `issue: inauthentic`: the notice type, when the name is one POA Lint knows. */
  issue?: Span & { value: string; type?: NoticeType };
  /** `previous: v1-rejected.poa.md`: the version Amazon rejected, relative to the plan. */
  previous?: Span & { path: string };
  /** `notified: 2026-11-20`: the notice's date. */
  notified?: Span & { date: Date };
}

/** A fenced notice or rejection in the plan. */
export interface NoticeBlock {
  kind: 'notification' | 'rejection';
  /** The whole block, fences included: no fix may touch it. */
  span: Span;
  /** The notice's text, between the fences. */
  content: Span;
}

/** A notice as the rules read it, with where it came from. */
export interface PlacedNotice<T> {
  model: T;
  text: string;
  /** Where the notice's text starts in the plan; undefined when it came from beside the plan (a sidecar, --notification). */
  offset?: number;
  /** The file it came from, when not the plan. */
  file?: string;
}

/** Everything about the plan's notice the rules may read, computed once per analysis. */
export interface PlanNotices {
  blocks: NoticeBlock[];
  facts: DocumentFacts;
  notification?: PlacedNotice<Notice>;
  rejection?: PlacedNotice<Rejection>;
  /** The notice type: `issue:` when it names a known type (the seller knows best), or else the notice's. */
  type?: NoticeType;
  /** The version Amazon rejected, parsed; undefined without `previous:` or a file system, or when it cannot be read. */
  previous?: { path: string; poa: PlanOfAction };
  /** The files beside the plan; undefined without a file system: rules that need one say nothing. */
  files?: PlanFiles;
}

/** What the host supplies beside the text. */
export interface NoticeSources {
  /** The plan's file name (for its sidecars `<name>.notification.txt`, `<name>.rejection.txt`). */
  path?: string;
  /** A notice given apart from the plan (`--notification FILE`): wins over a sidecar, not over one in the plan. */
  notification?: { text: string; file: string };
  rejection?: { text: string; file: string };
  files?: PlanFiles;
}

const factKeys = /^[ \t]*(issue|previous|notified)[ \t]*:[ \t]*(.*?)[ \t]*$/gim;

function unquote(value: string, start: number): { value: string; start: number } {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? { value: quoted[2], start: start + 1 } : { value, start };
}

/** Reads `issue:`, `previous:` and `notified:` from one span of the text (front matter, or a `<!-- poa … -->` comment). */
function readFactsIn(text: string, span: Span, facts: DocumentFacts): void {
  const region = text.slice(span.start, span.end);
  for (const match of region.matchAll(factKeys)) {
    const raw = match[2].replace(/[ \t]*(?:-->)?$/, '');
    if (!raw) continue;
    const { value, start: at } = unquote(raw, span.start + match.index + match[0].indexOf(match[2], match[1].length + 1));
    const where = { start: at, end: at + value.length };
    const key = match[1].toLowerCase();
    if (key === 'issue' && !facts.issue) {
      const type = noticeTypeFromName(value);
      facts.issue = { ...where, value, ...(type && { type }) };
    } else if (key === 'previous' && !facts.previous) {
      facts.previous = { ...where, path: value };
    } else if (key === 'notified' && !facts.notified) {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = iso ? new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : new Date(value);
      if (!Number.isNaN(date.getTime())) facts.notified = { ...where, date };
    }
  }
}

const frontMatterAfterMark = /^\ufeff---[ \t]*(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;

/** The facts: front matter first, then `<!-- poa … -->` comments (the plain-text form, which the export leaves out). */
export function readDocumentFacts(poa: PlanOfAction): DocumentFacts {
  const facts: DocumentFacts = {};
  for (const span of poa.hidden) {
    if (span.reason === 'frontmatter') readFactsIn(poa.text, span, facts);
  }
  // After a byte order mark the Markdown reader sees no front matter; the facts in it are still the seller's (any line ends).
  // Plain text has no front matter: its facts are in `<!-- poa … -->` comments, with a mark or without.
  const afterMark = poa.format === 'markdown' && poa.text.charCodeAt(0) === 0xfeff ? frontMatterAfterMark.exec(poa.text) : null;
  if (afterMark && !poa.hidden.some((span) => span.reason === 'frontmatter'))
    readFactsIn(poa.text, { start: 1, end: afterMark[0].length }, facts);
  if (poa.text.includes('<!--')) {
    for (const span of poa.hidden) {
      if (span.reason === 'comment' && /^<!--[ \t]*poa(?:[ \t]|\r?\n)/.test(poa.text.slice(span.start, span.start + 12)))
        readFactsIn(poa.text, { start: span.start + 4, end: span.end }, facts);
    }
  }
  return facts;
}

/** The notice and rejection blocks of the plan: fenced code whose info string is `notification` or `rejection`. */
export function readNoticeBlocks(poa: PlanOfAction): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  for (const span of poa.hidden) {
    if (span.reason !== 'code' || !span.info) continue;
    const kind = span.info.toLowerCase().split(/\s/)[0];
    if (kind !== 'notification' && kind !== 'rejection') continue;
    const text = poa.text;
    const firstBreak = text.indexOf('\n', span.start);
    const contentStart = firstBreak === -1 || firstBreak >= span.end ? span.end : firstBreak + 1;
    // The closing fence, if there is one, is the block's last line.
    let contentEnd = span.end;
    const lastLineStart = text.lastIndexOf('\n', span.end - 1) + 1;
    if (lastLineStart >= contentStart && /^[ \t]*(?:`{3,}|~{3,})[ \t]*\r?$/.test(text.slice(lastLineStart, span.end)))
      contentEnd = lastLineStart;
    blocks.push({
      kind,
      span: { start: span.start, end: span.end },
      content: { start: contentStart, end: Math.max(contentStart, contentEnd) },
    });
  }
  return blocks;
}

/** The sidecar of a plan: `draft.poa.md` → `draft.notification.txt`. */
export function sidecarPath(path: string, kind: 'notification' | 'rejection'): string {
  const name = path.replace(/^.*[\\/]/, '');
  return `${name.replace(/\.poa(?:\.md|\.txt)?$/i, '').replace(/\.(?:md|txt)$/i, '')}.${kind}.txt`;
}

export function formatOfPath(path: string): DocumentFormat {
  return /\.txt$/i.test(path) ? 'plain' : 'markdown';
}

/** A linter's memory of notices and previous versions, by their text: a notice is read when it changes, not at every keystroke. */
export class NoticeCache {
  readonly notices = new LruCache<Notice>(2_000_000, (key) => key.length + 200);
  readonly rejections = new LruCache<Rejection>(2_000_000, (key) => key.length + 200);
  readonly previous = new LruCache<PlanOfAction>(4_000_000, (key) => key.length * 3 + 500);
  reads = 0;

  notice(text: string): Notice {
    let notice = this.notices.get(text);
    if (!notice) {
      this.reads++;
      this.notices.set(text, (notice = readNotice(text)));
    }
    return notice;
  }

  rejection(text: string): Rejection {
    let rejection = this.rejections.get(text);
    if (!rejection) {
      this.reads++;
      this.rejections.set(text, (rejection = readRejection(text)));
    }
    return rejection;
  }

  clear(): void {
    this.notices.clear();
    this.rejections.clear();
    this.previous.clear();
  }
}

/** Gathers the plan's notice, rejection, facts and previous version, from the plan and what the host supplied. */
export function readPlanNotices(
  poa: PlanOfAction,
  sources: NoticeSources,
  cache: NoticeCache,
  parsePrevious: (text: string, format: DocumentFormat) => PlanOfAction,
): PlanNotices {
  const blocks = readNoticeBlocks(poa);
  const facts = readDocumentFacts(poa);
  const files = sources.files;
  const place = <T>(kind: 'notification' | 'rejection', read: (text: string) => T): PlacedNotice<T> | undefined => {
    const inPlan = blocks.filter((block) => block.kind === kind);
    if (inPlan.length > 0) {
      // Two pasted notices are read as one: what either names, the plan must answer.
      const first = inPlan[0];
      const text = inPlan.length === 1 ? poa.text.slice(first.content.start, first.content.end) : undefined;
      if (text !== undefined) return { model: read(text), text, offset: first.content.start };
      const joined = inPlan.map((block) => poa.text.slice(block.content.start, block.content.end)).join('\n');
      return { model: read(joined), text: joined };
    }
    const given = sources[kind];
    if (given) return { model: read(given.text), text: given.text, file: given.file };
    if (files && sources.path) {
      const file = sidecarPath(sources.path, kind);
      const text = files.kind(file) === 'file' ? files.readText(file) : undefined;
      if (text !== undefined) return { model: read(text), text, file };
    }
    return undefined;
  };
  const notification = place('notification', (text) => cache.notice(text));
  const rejection = place('rejection', (text) => cache.rejection(text));
  let previous: PlanNotices['previous'];
  if (facts.previous && files && files.kind(facts.previous.path) === 'file') {
    const text = files.readText(facts.previous.path);
    if (text !== undefined) {
      const format = formatOfPath(facts.previous.path);
      const key = `${format}:${text}`;
      let parsed = cache.previous.get(key);
      if (!parsed) cache.previous.set(key, (parsed = parsePrevious(text, format)));
      previous = { path: facts.previous.path, poa: parsed };
    }
  }
  const type = facts.issue?.type ?? notification?.model.type;
  return {
    blocks,
    facts,
    ...(notification && { notification }),
    ...(rejection && { rejection }),
    ...(type && { type }),
    ...(previous && { previous }),
    ...(files && { files }),
  };
}
