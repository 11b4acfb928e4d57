import type { Aliases } from '../engine/labels';
import type { MainSectionKind } from '../common/settings';
import type { PlanOfAction } from '../engine/model';
import { parsePlanOfAction } from '../engine/parse';
import { insertSectionFix } from './section-skeleton';
import type { Fix, Rule, RuleFinding } from '../engine/rule';

/** Where a missing-section finding sits: the first line with text, so it is visible. */
export function documentStartSpan(poa: PlanOfAction): { start: number; end: number } {
  const first = /\S[^\r\n]*/.exec(poa.text);
  if (!first) return { start: 0, end: 0 };
  return { start: first.index, end: first.index + first[0].length };
}

/** Nothing visible after the offset, and hidden text (code, a comment) just before it. */
function endsHidden(poa: PlanOfAction, offset: number): boolean {
  if (poa.masked.slice(offset).trim() !== '') return false;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(poa.text[i])) i--;
  return i >= 0 && poa.masked[i] !== poa.text[i];
}

/**
 * The inserted section, if it will be read: at the end of a text left inside
 * an unclosed code fence or comment it would be hidden too, and each "fix
 * all" would insert it again. Only then is the fixed text parsed to check.
 */
function sectionFixes(poa: PlanOfAction, kind: MainSectionKind, aliases: Aliases): Fix[] {
  const fix = insertSectionFix(poa, kind);
  const [edit] = fix.edits;
  if (!endsHidden(poa, edit.start)) return [fix];
  const fixed = poa.text.slice(0, edit.start) + edit.newText + poa.text.slice(edit.end);
  return parsePlanOfAction(fixed, { format: poa.format, aliases }).sections.some((section) => section.kind === kind) ? [fix] : [];
}

export function missingSectionRule(id: string, kind: MainSectionKind, description: string, message: string): Rule {
  return {
    id,
    description,
    defaultSeverity: 'error',
    fixable: true,
    *check({ poa, settings }): Iterable<RuleFinding> {
      if (poa.sections.some((section) => section.kind === kind)) return;
      yield { ...documentStartSpan(poa), message, fixes: sectionFixes(poa, kind, settings.sections.aliases) };
    },
  };
}
