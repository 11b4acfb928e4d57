import type { PlanOfAction } from '../engine/model';
import { compileWordList } from '../engine/patterns';
import type { Span } from '../engine/text';
import { introductionStrongPatterns, introductionWeakPatterns } from '../words/en/introduction';
import type { Rule, RuleFinding } from '../engine/rule';

const strongCue = compileWordList(introductionStrongPatterns, 'i');
const anyCue = compileWordList([...introductionStrongPatterns, ...introductionWeakPatterns], 'i');
/**
 * The stretches of the plan that introduce the business: in one paragraph or
 * item outside the actions and the prevention, from the first sentence that
 * tells the company's history or size to the last. One strong cue ("We are a
 * family business") or two weak ones ("20 employees", "selling since 2015").
 * Boilerplate leaves these to this rule (one finding per problem).
 */
export function introductionSpans(poa: PlanOfAction): Span[] {
  // Boilerplate asks too: a few compiled tests per sentence with a cue, cheaper than keeping the answer.
  const spans: Span[] = [];
  let cursor = 0;
  for (const block of poa.blocks) {
    let strong = 0;
    let weak = 0;
    let first: Span | undefined;
    let last: Span | undefined;
    for (; cursor < poa.sentences.length && poa.sentences[cursor].span.start < block.span.end; cursor++) {
      const sentence = poa.sentences[cursor];
      if (sentence.span.start < block.span.start) continue;
      const kind = sentence.section?.kind;
      if (kind === 'actions-taken' || kind === 'preventive-measures') continue;
      if (!anyCue.test(sentence.text)) continue;
      if (strongCue.test(sentence.text)) strong++;
      else weak++;
      first ??= sentence.span;
      last = sentence.span;
    }
    if (first && last && (strong > 0 || weak > 1)) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

export const businessIntroduction: Rule = {
  id: 'business-introduction',
  description: 'A paragraph introducing the business (its founding, history, size or years of selling), which Amazon asks sellers to omit.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ shared }): Iterable<RuleFinding> {
    for (const span of shared(introductionSpans)) {
      yield {
        ...span,
        message:
          'This introduces your business (its history, size or years of selling). Amazon asks sellers to leave the introduction out: ' +
          'the reviewer reads for the cause and the fix. Remove it and start with the root cause.',
      };
    }
  },
};
