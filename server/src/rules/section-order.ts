import type { Section, SectionKind } from '../engine/model';
import type { Rule, RuleFinding } from '../engine/rule';

const rank: Partial<Record<SectionKind, number>> = { 'root-cause': 0, 'actions-taken': 1, 'preventive-measures': 2 };
const names = ['Root cause', 'Actions taken', 'Preventive measures'];

/** The sections to move: those outside the longest run already in order (at most three, so try them all). */
function outOfPlace(ranks: number[]): Set<number> {
  let best: number[] = [];
  for (let mask = 1; mask < 1 << ranks.length; mask++) {
    const kept = ranks.map((_, i) => i).filter((i) => mask & (1 << i));
    const ordered = kept.every((index, k) => k === 0 || ranks[kept[k - 1]] < ranks[index]);
    if (ordered && kept.length > best.length) best = kept;
  }
  return new Set(ranks.map((_, i) => i).filter((i) => !best.includes(i)));
}

export const sectionOrder: Rule = {
  id: 'section-order',
  description: 'The three sections are not in the order root cause, actions taken, preventive measures.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    const firsts: { section: Section; rank: number }[] = [];
    for (const section of poa.sections) {
      if (section.guessed) continue;
      const r = rank[section.kind];
      if (r !== undefined && !firsts.some((f) => f.rank === r)) firsts.push({ section, rank: r });
    }
    const misplaced = outOfPlace(firsts.map((f) => f.rank));
    for (const index of misplaced) {
      const { section, rank: r } = firsts[index];
      const where =
        r === 0
          ? 'first, before the other sections'
          : r === 1
            ? `after '${names[0]}' and before '${names[2]}'`
            : `last, after '${names[1]}'`;
      yield {
        start: section.label.start,
        end: section.label.end,
        message:
          `'${section.labelText.replace(/:$/, '')}' is out of order: ` +
          `reviewers read root cause, then actions taken, then preventive measures. Move this section ${where}.`,
      };
    }
  },
};
