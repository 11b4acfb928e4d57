import { saidToReviewer } from './item-owner';
import type { Section } from '../engine/model';
import { lineStartOf } from '../engine/text';
import type { Rule, RuleFinding } from '../engine/rule';

const minSentences = 3;

export const preferBullets: Rule = {
  id: 'prefer-bullets',
  description: 'Actions or preventive measures written as a paragraph of three or more sentences with no list.',
  defaultSeverity: 'info',
  fixable: false,
  *check(context): Iterable<RuleFinding> {
    const { poa } = context;
    const withList = new Set<Section>();
    for (const item of poa.items) if (item.source === 'list-item') withList.add(item.section);
    for (const block of poa.blocks) {
      if (block.kind !== 'paragraph') continue;
      const section = sectionOf(poa.sections, block.span.start);
      if (!section || (section.kind !== 'actions-taken' && section.kind !== 'preventive-measures') || withList.has(section)) continue;
      // The actions in it: not the letter's closing, nor what is said to the reviewer.
      const inBlock = poa.sentences.filter(
        (s) =>
          s.span.start >= block.span.start &&
          s.span.end <= block.span.end &&
          !(poa.closing && s.span.start >= poa.closing.start) &&
          !saidToReviewer(context, s.span),
      );
      const sentences = inBlock.length;
      if (sentences < minSentences) continue;
      // Each sentence on a line of its own is a list already, one per line, without the bullets.
      if (inBlock.every((s) => /^[ \t]*$/.test(poa.masked.slice(lineStartOf(poa.masked, s.span.start), s.span.start)))) continue;
      const part = section.kind === 'actions-taken' ? 'actions' : 'measures';
      yield {
        start: block.span.start,
        end: block.span.end,
        message:
          `${sentences} sentences in one paragraph: ` +
          `write the ${part} as a list, one per line ('• On March 3, 2026 we …'), so the reviewer can check each one.`,
      };
    }
  },
};

function sectionOf(sections: readonly Section[], offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) {
    if (section.label.start <= offset) found = section;
    else break;
  }
  return found && offset >= found.body.start ? found : undefined;
}
