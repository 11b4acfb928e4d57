import type { LineIndex, Span } from './text';

/**
 * Inline switches in HTML comments, in Markdown and plain text alike:
 *   <!-- poa-disable blame -->  …  <!-- poa-enable blame -->
 *   <!-- poa-disable-next-line vague -->
 *   <!-- poa-disable-line vague -->        (the line the comment is on)
 *   <!-- poa-disable-file blame -->
 * With no rule ids they apply to every rule. A reason may follow ` -- `:
 *   <!-- poa-disable-next-line blame -- the notice's own words -->
 */
export type SwitchKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface DisableComment {
  kind: SwitchKind;
  /** The whole `<!-- … -->`. */
  span: Span;
  /** The rule ids it names, each with its place; none means every rule. */
  ids: { id: string; span: Span }[];
  reason?: string;
}

const switchComment = /<!--\s*poa-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)([^>]*?)-->/g;

export function readDisableComments(text: string): DisableComment[] {
  if (!text.includes('poa-')) return [];
  const comments: DisableComment[] = [];
  for (const match of text.matchAll(switchComment)) {
    const bodyStart = match.index + match[0].length - 3 - match[2].length;
    const reasonAt = /(?:^|\s)--(?:\s|$)/.exec(match[2]);
    const idsPart = reasonAt ? match[2].slice(0, reasonAt.index) : match[2];
    const ids = [...idsPart.matchAll(/[^\s,]+/g)].map((id) => ({
      id: id[0],
      span: { start: bodyStart + id.index, end: bodyStart + id.index + id[0].length },
    }));
    const reason = reasonAt ? match[2].slice(reasonAt.index + reasonAt[0].length).trim() : undefined;
    comments.push({
      kind: match[1] as SwitchKind,
      span: { start: match.index, end: match.index + match[0].length },
      ids,
      ...(reason && { reason }),
    });
  }
  return comments;
}

const everyRule = '*';

export class DisableComments {
  readonly comments: DisableComment[];
  /** The comments that switch a range on or off, in document order. */
  private readonly switches: DisableComment[] = [];
  private readonly byLine = new Map<number, DisableComment[]>();
  private readonly wholeFile: DisableComment[] = [];
  /** What each comment has disabled in this analysis: rule ids, or `*` for a comment that names none. */
  private readonly used = new Map<DisableComment, Set<string>>();
  /** From the end of each next-line switch to the start of the line it disables, and the line break on the way. */
  private readonly toNextLine: (Span & { lineBreak: Span })[] = [];

  constructor(text: string, lines: LineIndex) {
    this.comments = readDisableComments(text);
    for (const comment of this.comments) {
      this.used.set(comment, new Set());
      if (comment.kind === 'disable-file') this.wholeFile.push(comment);
      else if (comment.kind === 'disable-line') this.onLine(lines.positionAt(comment.span.start).line, comment);
      else if (comment.kind === 'disable-next-line') {
        const line = lines.positionAt(comment.span.end).line + 1;
        this.onLine(line, comment);
        if (line < lines.lineCount)
          this.toNextLine.push({
            start: comment.span.end,
            end: lines.lineStart(line),
            lineBreak: { start: lines.lineEnd(line - 1), end: lines.lineStart(line) },
          });
      } else this.switches.push(comment);
    }
  }

  private onLine(line: number, comment: DisableComment): void {
    const here = this.byLine.get(line);
    if (here) here.push(comment);
    else this.byLine.set(line, [comment]);
  }

  /**
   * The edit deletes or splits a switch, or moves the line a next-line switch
   * disables to another: after it, other findings would be disabled than those judged.
   */
  isChangedBy(edit: Span & { newText: string }): boolean {
    const overlaps = (span: Span) => edit.start < span.end && span.start < edit.end;
    if (this.comments.some((comment) => overlaps(comment.span))) return true;
    return this.toNextLine.some(
      (gap) => overlaps(gap.lineBreak) || (/[\r\n]/.test(edit.newText) && gap.start <= edit.start && edit.start <= gap.end),
    );
  }

  /** Whether a finding of the rule at this offset (on this line) is disabled; the comments that disable it count as used. */
  isDisabled(ruleId: string, offset: number, line: number): boolean {
    let disabled = false;
    for (const comment of [...this.wholeFile, ...(this.byLine.get(line) ?? [])])
      if (this.names(comment, ruleId)) disabled = this.use(comment, ruleId);
    let last: DisableComment | undefined;
    for (const comment of this.switches) {
      if (comment.span.start > offset) break;
      if (this.names(comment, ruleId)) last = comment;
    }
    if (last?.kind === 'disable') disabled = this.use(last, ruleId);
    return disabled;
  }

  private names(comment: DisableComment, ruleId: string): boolean {
    return comment.ids.length === 0 || comment.ids.some((entry) => entry.id === ruleId);
  }

  private use(comment: DisableComment, ruleId: string): true {
    this.used.get(comment)!.add(comment.ids.length === 0 ? everyRule : ruleId);
    return true;
  }

  /**
   * The disabling comments (and the ids in them) that disabled nothing in this
   * analysis. Ids that are no rule are left to the disable-comment rule.
   */
  unused(knownRuleIds: readonly string[]): { comment: DisableComment; ids: DisableComment['ids'] }[] {
    const unused = [];
    for (const comment of this.comments) {
      if (comment.kind === 'enable') continue;
      const used = this.used.get(comment)!;
      if (comment.ids.length === 0) {
        if (used.size === 0) unused.push({ comment, ids: [] });
        continue;
      }
      const ids = comment.ids.filter((entry) => knownRuleIds.includes(entry.id) && !used.has(entry.id));
      if (ids.length > 0) unused.push({ comment, ids });
    }
    return unused;
  }
}

export type SuppressionScope = 'line' | 'file';

/**
 * The edit that disables one rule on one line, or in the whole file, written
 * as a comment: an id added to the comment already there, or a new comment.
 * After a blank line, the comment goes on a line of its own before the line;
 * inside a list or a paragraph, where a line of its own would split it, it goes
 * at the end of the line.
 */
export function suppressionEdit(
  text: string,
  lines: LineIndex,
  ruleId: string,
  line: number,
  scope: SuppressionScope,
): { start: number; end: number; newText: string } | undefined {
  const comments = readDisableComments(text);
  const lineBreak = /\r\n?|\n/.exec(text)?.[0] ?? '\n';
  const addId = (comment: DisableComment) => {
    const at = comment.ids[comment.ids.length - 1].span.end;
    return { start: at, end: at, newText: ` ${ruleId}` };
  };
  const standsAlone = (comment: DisableComment) => {
    const where = lines.positionAt(comment.span.start).line;
    return text.slice(lines.lineStart(where), lines.lineEnd(where)).trim() === text.slice(comment.span.start, comment.span.end);
  };
  if (scope === 'file') {
    const existing = comments.find((c) => c.kind === 'disable-file' && c.ids.length > 0 && standsAlone(c));
    if (existing) return addId(existing);
    const start = frontMatterEnd(text);
    return { start, end: start, newText: `<!-- poa-disable-file ${ruleId} -->${lineBreak}` };
  }
  // In front matter or a fenced block (a pasted notice) a comment is text, not a switch: there is no line to disable.
  if (isLiteralLine(text, lines, line)) return undefined;
  const lineText = text.slice(lines.lineStart(line), lines.lineEnd(line));
  const onLine = (kind: SwitchKind, at: number) =>
    comments.find((c) => c.kind === kind && c.ids.length > 0 && lines.positionAt(c.span.start).line === at && standsAlone(c));
  const before = line > 0 ? onLine('disable-next-line', line - 1) : undefined;
  if (before) return addId(before);
  const previousText = line > 0 ? text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)) : '';
  // After a blank line, a comment line of its own joins nothing; anywhere else it would split a list or a paragraph
  // (and the text Seller Central gets), so the comment goes at the end of the line.
  const startsBlock = previousText.trim() === '';
  if (startsBlock) {
    const indent = /^[ \t]*/.exec(lineText)![0];
    const start = lines.lineStart(line);
    return { start, end: start, newText: `${indent}<!-- poa-disable-next-line ${ruleId} -->${lineBreak}` };
  }
  const end = lines.lineStart(line) + lineText.trimEnd().length;
  return { start: end, end, newText: ` <!-- poa-disable-line ${ruleId} -->` };
}

/** Whether the line is in front matter or inside a fenced block, where an HTML comment is read as text. */
function isLiteralLine(text: string, lines: LineIndex, line: number): boolean {
  if (lines.lineStart(line) < frontMatterEnd(text)) return true;
  let fence: string | undefined;
  for (let at = 0; at < line; at++) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(lines.lineStart(at), lines.lineEnd(at)));
    if (!opener) continue;
    if (fence === undefined) fence = opener[1];
    else if (opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = undefined;
  }
  return fence !== undefined;
}

/** Where a file's own text starts: after its byte order mark and its front matter, if it has them. */
function frontMatterEnd(text: string): number {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(bom));
  return bom + (match ? match[0].length : 0);
}
