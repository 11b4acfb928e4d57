import { placeholderPattern } from './placeholder';
import type { Rule, RuleFinding } from '../engine/rule';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A section with nothing in it but white space or template placeholders.',
  defaultSeverity: 'error',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    for (const section of poa.sections) {
      if (section.kind === 'other' || section.guessed) continue;
      const body = poa.masked.slice(section.body.start, section.body.end);
      const rest = body.replace(placeholderPattern, ' ').replace(/[\s\p{P}\p{S}]+/gu, '');
      if (rest.length > 0) continue;
      yield {
        start: section.label.start,
        end: section.label.end,
        message:
          `The '${section.labelText.replace(/:$/, '')}' section is empty. Write it out: ` +
          `reviewers reject a plan with a part left blank.`,
      };
    }
  },
};
