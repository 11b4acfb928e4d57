import type { LineIndex } from './text';

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

  constructor(text: string, lines: LineIndex) {
    if (!text.includes('poa-')) return;
    for (const match of text.matchAll(/<!--\s*poa-(disable-next-line|disable|enable)\b([^>]*?)-->/g)) {
      const ids = match[2].split(/[\s,]+/).filter(Boolean);
      const rules = ids.length ? ids : 'all';
      if (match[1] === 'disable-next-line') {
        const line = lines.positionAt(match.index + match[0].length).line + 1;
        const previous = this.nextLine.get(line);
        this.nextLine.set(line, previous === 'all' || rules === 'all' ? 'all' : [...(previous ?? []), ...rules]);
      } else {
        this.switches.push({ offset: match.index, kind: match[1] as 'disable' | 'enable', rules });
      }
    }
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
