import type { LineIndex, Span } from './text';

/**
 * Inline switches in HTML comments:
 *   <!-- poa-disable blame -->  …  <!-- poa-enable blame -->
 *   <!-- poa-disable-next-line vague -->
 * With no rule ids they apply to every rule.
 */
interface Switch {
  offset: number;
  kind: 'disable' | 'enable';
  rules: string[] | 'all';
}

export class DisableComments {
  private readonly switches: Switch[] = [];
  private readonly nextLine = new Map<number, string[] | 'all'>();
  private readonly comments: Span[] = [];
  /** From the end of each next-line switch to the start of the line it disables, and the line break on the way. */
  private readonly toNextLine: (Span & { lineBreak: Span })[] = [];

  constructor(text: string, lines: LineIndex) {
    if (!text.includes('poa-')) return;
    for (const match of text.matchAll(/<!--\s*poa-(disable-next-line|disable|enable)\b([^>]*?)-->/g)) {
      const ids = match[2].split(/[\s,]+/).filter(Boolean);
      const rules = ids.length ? ids : 'all';
      if (match[1] === 'disable-next-line') {
        const line = lines.positionAt(match.index + match[0].length).line + 1;
        const previous = this.nextLine.get(line);
        this.nextLine.set(line, previous === 'all' || rules === 'all' ? 'all' : [...(previous ?? []), ...rules]);
        const end = match.index + match[0].length;
        if (line < lines.lineCount)
          this.toNextLine.push({
            start: end,
            end: lines.lineStart(line),
            lineBreak: { start: lines.lineEnd(line - 1), end: lines.lineStart(line) },
          });
      } else {
        this.switches.push({ offset: match.index, kind: match[1] as 'disable' | 'enable', rules });
      }
      this.comments.push({ start: match.index, end: match.index + match[0].length });
    }
  }

  /**
   * The edit deletes or splits a switch, or moves the line a next-line switch
   * disables to another: after it, other findings would be disabled than those judged.
   */
  isChangedBy(edit: Span & { newText: string }): boolean {
    const overlaps = (span: Span) => edit.start < span.end && span.start < edit.end;
    if (this.comments.some(overlaps)) return true;
    return this.toNextLine.some(
      (gap) => overlaps(gap.lineBreak) || (/[\r\n]/.test(edit.newText) && gap.start <= edit.start && edit.start <= gap.end),
    );
  }

  isDisabled(ruleId: string, offset: number, line: number): boolean {
    const next = this.nextLine.get(line);
    if (next === 'all' || next?.includes(ruleId)) return true;
    let disabled = false;
    for (const s of this.switches) {
      if (s.offset > offset) break;
      if (s.rules === 'all' || s.rules.includes(ruleId)) disabled = s.kind === 'disable';
    }
    return disabled;
  }
}
