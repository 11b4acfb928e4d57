import type { MainSectionKind } from '../common/settings';
import type { PlanOfAction } from '../analysis/model';
import { insertSectionFix } from './section-skeleton';
import type { Rule, RuleFinding } from './types';

/** Where a missing-section finding sits: the first line with text, so it is visible. */
export function documentStartSpan(poa: PlanOfAction): { start: number; end: number } {
  const first = /\S[^\r\n]*/.exec(poa.text);
  if (!first) return { start: 0, end: 0 };
  return { start: first.index, end: first.index + first[0].length };
}

export function missingSectionRule(id: string, kind: MainSectionKind, description: string, message: string): Rule {
  return {
    id,
    description,
    defaultSeverity: 'error',
    fixable: true,
    *check({ poa }): Iterable<RuleFinding> {
      if (poa.sections.some((section) => section.kind === kind)) return;
      yield { ...documentStartSpan(poa), message, fixes: [insertSectionFix(poa, kind)] };
    },
  };
}
