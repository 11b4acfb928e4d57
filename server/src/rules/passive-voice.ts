import { compileWordList, quote } from '../engine/patterns';
import { judgedKind } from '../engine/parse';
import { irregularParticiples, statePredicates } from '../words/en/verbs';
import { ownerPatterns } from '../words/en/owners';
import type { Rule, RuleFinding } from '../engine/rule';

const participle = `(?:(?!(?:need|needs|proceed|succeed|exceed|feed|seed|speed|bed|red)\\b)[a-z]+ed|${irregularParticiples.join('|')})`;
/**
 * "be" or "get" and a past participle, with adverbs between: "were shipped",
 * "was not properly checked", "got damaged". The state words that follow
 * "be" ("we were unaware", "the invoices are attached") are not passives.
 */
const beOrGet = '(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)';
const adverbs = '(?: (?:not|never|also|then|all|both|already|just|still|either|[a-z]+ly))*';
const passive = compileWordList([`${beOrGet}${adverbs} (?!(?:${statePredicates.join('|')})\\b)${participle}`], 'gi');
/** What follows "by" without naming anyone: a manner, a channel, a time. */
const notADoer = [
  'mistake|accident|error|hand|email|e-mail|phone|mail|post|default|design|chance',
  'then|now|noon|midnight|today|tomorrow|far|air|sea|ground|truck|\\d',
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun',
  'the end|end|early|late|mid|close|next|q[1-4]',
].join('|');
const determiner = '(?:the\\s+|our\\s+|a\\s+|an\\s+|my\\s+|their\\s+|its\\s+|his\\s+|her\\s+)?';
/** "… by our warehouse team" names who acted; "by mistake" or "by October 3" does not. */
const byActor = new RegExp(`^[^.;:!?]{0,60}?\\bby\\s+(?!(?:${notADoer})\\b)${determiner}[\\p{L}\\p{N}]`, 'iu');

/** Someone who acts, named in the sentence: a pronoun that can be a subject, or a role ("our packer", "the warehouse team"). */
const actor = compileWordList(['(?:I|we|they|he|she)', ...ownerPatterns], 'gi');
/** "in our warehouse", "to the carrier": a place or the one acted on, not someone who acts. */
const notTheSubject = /\b(?:in|at|from|into|inside|to|with|for|of)\s+(?:(?:the|our|my|a|an|their)\s+)?(?:\p{L}+\s+)?$/iu;

function namesWhoActed(text: string): boolean {
  actor.lastIndex = 0;
  for (let match = actor.exec(text); match; match = actor.exec(text)) {
    if (!notTheSubject.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}

/** "the ASINs that were reported": a passive that describes a noun hides no one the reviewer looks for. */
const relative = /\b(?:that|which|who)\s+$/i;

const examples = {
  'root-cause': "'we listed the item without checking the brand list', 'our packer shipped the wrong size'",
  'actions-taken': "'we removed the 3 listings', 'our listing manager wrote to all 12 buyers'",
};

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: "A passive sentence in the root cause or actions taken that names no one who acted ('mistakes were made').",
  defaultSeverity: 'hint',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    for (const sentence of poa.sentences) {
      const section = sentence.section;
      if (!section || section.kind === 'other' || section.guessed) continue;
      const kind = judgedKind(section, sentence.text);
      if (kind !== 'root-cause' && kind !== 'actions-taken') continue;
      // A sentence that names who acted ("I failed to notice the orders were not dispatched") hides no one.
      if (namesWhoActed(sentence.text) || /:\s*$/.test(sentence.text)) continue;
      passive.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = passive.exec(sentence.text)) !== null) {
        if (byActor.test(sentence.text.slice(match.index + match[0].length))) continue;
        if (relative.test(sentence.text.slice(Math.max(0, match.index - 12), match.index))) continue;
        yield {
          start: sentence.span.start,
          end: sentence.span.end,
          message:
            `${quote(match[0])} names no one who acted. Say who did it, e.g. ${examples[kind]}. ` +
            'Reviewers look for who owns each step.',
        };
        break;
      }
    }
  },
};
