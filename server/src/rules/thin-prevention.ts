import type { SectionKind } from '../engine/model';
import type { PlanOfAction } from '../engine/model';
import { countWords } from '../engine/text';
import type { Rule, RuleFinding } from '../engine/rule';

/** Within this many words the two parts are as long as each other: a near tie is not thin. */
const tie = 5;

function wordsIn(poa: PlanOfAction, kind: SectionKind): number {
  let words = 0;
  for (const section of poa.sections) {
    if (section.kind === kind) words += countWords(poa.masked.slice(section.body.start, section.body.end));
  }
  return words;
}

export const thinPrevention: Rule = {
  id: 'thin-prevention',
  description: 'Preventive measures shorter than the actions taken: prevention should be the longest part.',
  defaultSeverity: 'info',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    const label = poa.sections.find((section) => section.kind === 'preventive-measures');
    if (!label) return;
    const prevention = wordsIn(poa, 'preventive-measures');
    const actions = wordsIn(poa, 'actions-taken');
    // Read literally: an empty prevention part is shorter too, whether or not it still holds template text.
    if (prevention > actions - tie) return;
    yield {
      start: label.label.start,
      end: label.label.end,
      message:
        `The preventive measures (${prevention} words) are shorter than the actions taken (${actions} words). ` +
        `Reviewers weigh prevention most: give each measure its owner, how often it runs and how you check it works.`,
    };
  },
};
