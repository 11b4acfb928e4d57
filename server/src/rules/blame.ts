import { compileWordList, quote } from '../engine/patterns';
import { blamePhrases, blameTargets, causeBeforeTarget, failureAfterTarget, possessedFault } from '../words/en/blame';
import type { Rule, RuleFinding } from '../engine/rule';

type TargetName = keyof typeof blameTargets;
const targetNames = Object.keys(blameTargets) as TargetName[];

function targetPattern(name: TargetName): string {
  return `(?:${blameTargets[name].join('|')})`;
}

/** The same target without its possessive ending, for the shape that adds its own. */
function withoutPossessive(target: string): string {
  return target.replace(/\(\?:'s\|’s\)\?/, '');
}

/** The three ways a sentence blames a target: a cause before it, its fault, a failure after it. */
function blameShapes(target: string, bare: string): string[] {
  return [`(?:${causeBeforeTarget.join('|')}) (?:\\w+ )?${target}`, `${bare}${possessedFault}`, `${target} (?:\\w+ )?(?:${failureAfterTarget.join('|')})`];
}

/** One pattern per target, so the message can say whom the sentence blames. */
const byTarget = targetNames.map((name) => ({ name, pattern: compileWordList(blameShapes(targetPattern(name), withoutPossessive(targetPattern(name)))) }));
/**
 * All of them at once: one pass rules out the sentences that blame no one,
 * most of them. The targets are joined inside each shape rather than the
 * shapes repeated per target: it matches the same sentences, but the
 * expression is a sixth of the size, and V8 spent some 200 ms compiling the
 * bigger one on the first sentence a fresh server saw.
 */
const allTargets = targetNames.map(targetPattern);
const anyTarget = compileWordList(blameShapes(`(?:${allTargets.join('|')})`, `(?:${allTargets.map(withoutPossessive).join('|')})`));
const standalone = compileWordList(blamePhrases);

const whom: Record<TargetName, string> = {
  amazon: 'Amazon',
  buyer: 'the buyer',
  carrier: 'the carrier',
  supplier: 'your supplier',
  competitor: 'a competitor',
  circumstances: 'circumstances',
};

const advice = "Reviewers want the cause you control: say what in your own process allowed it, e.g. 'We booked pickups after the carrier's 3 PM cut-off and did not check it.'";

export const blame: Rule = {
  id: 'blame',
  description: 'A sentence that shifts responsibility to Amazon, buyers, carriers, suppliers, competitors or circumstances.',
  defaultSeverity: 'warning',
  fixable: false,
  sentences: {
    settings: ['vocabulary.blame'],
    check(text, { settings, phrases }): RuleFinding[] {
      let message: string | undefined;
      anyTarget.lastIndex = 0;
      for (const { name, pattern } of anyTarget.test(text) ? byTarget : []) {
        pattern.lastIndex = 0;
        if (pattern.test(text)) {
          message = `This sentence puts the blame on ${whom[name]}. ${advice}`;
          break;
        }
      }
      if (!message) {
        standalone.lastIndex = 0;
        const found = standalone.exec(text);
        if (found) message = `${quote(found[0])} denies responsibility. ${advice}`;
      }
      if (!message) {
        const first = phrases(settings.vocabulary.blame).matches(text).next();
        if (!first.done) message = `${quote(first.value.phrase)} shifts responsibility (from your blame vocabulary). ${advice}`;
      }
      return message ? [{ start: 0, end: text.length, message }] : [];
    },
  },
};
