import type { SectionKind } from '../analysis/model';
import type { Rule, RuleFinding } from './types';

const rank: Partial<Record<SectionKind, number>> = { 'root-cause': 0, 'actions-taken': 1, 'preventive-measures': 2 };
const names = ['root cause', 'actions taken', 'preventive measures'];

export const sectionOrder: Rule = {
  id: 'section-order',
  description: 'The three sections are not in the order root cause, actions taken, preventive measures.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    const seen = new Set<number>();
    let highest = -1;
    for (const section of poa.sections) {
      const r = rank[section.kind];
      if (r === undefined || seen.has(r)) continue;
      seen.add(r);
      if (r < highest) {
        yield {
          start: section.label.start,
          end: section.label.end,
          message: `'${section.labelText.replace(/:$/, '')}' comes after ${names[highest]}: reviewers read root cause, then actions taken, then preventive measures. Move this section before the ${names[highest]} section.`,
        };
      }
      highest = Math.max(highest, r);
    }
  },
};
