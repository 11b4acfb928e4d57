import { compileWordList, quote } from '../engine/patterns';
import {
  blamePhrases,
  blamePhrasesByTarget,
  blameTargets,
  causeBeforeTarget,
  causeGap,
  disputePhrases,
  failureAfterTarget,
  narrowBlameTargets,
  plainFaultAfterTarget,
  plainFaultBeforeTarget,
  possessedFault,
  relativeClause,
} from '../words/en/blame';
import type { PhraseMatcher } from '../engine/phrases';
import type { Rule, RuleFinding } from '../engine/rule';

type TargetName = keyof typeof blameTargets | keyof typeof narrowBlameTargets;
const allTargetLists: Record<TargetName, string[]> = { ...blameTargets, ...narrowBlameTargets };

function targetPattern(name: TargetName): string {
  return `(?:${allTargetLists[name].join('|')})`;
}

/** The same target without its possessive ending, for the shape that adds its own. */
function withoutPossessive(target: string): string {
  return target.replace(/\(\?:'s\|’s\)\?/, '');
}

const broadCauses = causeBeforeTarget.join('|');
const broadFailures = failureAfterTarget.join('|');
/** The ways a sentence blames a target: a cause before it, its fault, a failure after it or after a clause about it. */
function broadShapes(target: string, bare: string): string[] {
  return [
    `(?:${broadCauses}) ${causeGap}${target}`,
    `${bare}${possessedFault}`,
    `${target} (?:\\w+ )?(?:${broadFailures})`,
    `${target}${relativeClause}(?:${broadFailures})`,
  ];
}
/** Staff and rights owners: only open fault words around them, since plans name them in plain facts. */
function narrowShapes(target: string, bare: string): string[] {
  return [`(?:${plainFaultBeforeTarget.join('|')}) ${causeGap}${target}`, `${bare}${possessedFault}`, `${target} (?:\\w+ )?(?:${plainFaultAfterTarget.join('|')})`];
}

const broadNames = Object.keys(blameTargets) as TargetName[];
const narrowNames = Object.keys(narrowBlameTargets) as TargetName[];
const phrasesOf = (name: TargetName): string[] => (blamePhrasesByTarget as Partial<Record<TargetName, string[]>>)[name] ?? [];
const shapesOf = (name: TargetName) => [
  ...(broadNames.includes(name) ? broadShapes : narrowShapes)(targetPattern(name), withoutPossessive(targetPattern(name))),
  ...phrasesOf(name),
];

/** One pattern per target, so the message can say whom the sentence blames. */
const byTarget = [...broadNames, ...narrowNames].map((name) => ({ name, pattern: compileWordList(shapesOf(name)) }));
/**
 * All of them at once: one pass rules out the sentences that blame no one,
 * most of them. The targets are joined inside each shape rather than the
 * shapes repeated per target: it matches the same sentences, but the
 * expression is a fraction of the size, and V8 spent some 200 ms compiling
 * the bigger one on the first sentence a fresh server saw.
 */
const joined = (names: TargetName[]) => ({
  target: `(?:${names.map(targetPattern).join('|')})`,
  bare: `(?:${names.map((name) => withoutPossessive(targetPattern(name))).join('|')})`,
});
const broad = joined(broadNames);
const narrow = joined(narrowNames);
const anyTarget = compileWordList([
  ...broadShapes(broad.target, broad.bare),
  ...narrowShapes(narrow.target, narrow.bare),
  ...Object.values(blamePhrasesByTarget).flat(),
]);
const standalone = compileWordList(blamePhrases);
const dispute = compileWordList(disputePhrases);

const whom: Record<TargetName, string> = {
  amazon: 'Amazon',
  buyer: 'the buyer',
  carrier: 'the carrier',
  supplier: 'your supplier',
  competitor: 'a competitor',
  circumstances: 'circumstances',
  staff: 'your staff',
  rightsOwner: 'the rights owner',
};

/** An example of the cause the seller controls, in the terms of whom the sentence blames. */
const ownCause: Record<TargetName, string> = {
  amazon: "'We sent 40 units to FBA without checking the carton labels against the shipment plan.'",
  buyer: "'Our size chart gave inches only, so buyers could not check the fit.'",
  carrier: "'We booked pickups after the carrier's 3 PM cut-off and did not check it.'",
  supplier: "'We listed the units without checking the invoice against the brand's list of authorised distributors.'",
  competitor: "'Our listing used the brand's logo without written permission.'",
  circumstances: "'We had no second carrier booked when the storm closed our usual depot.'",
  staff: "'New packers started without training on the label check, and no one checked their first orders.'",
  rightsOwner: "'We listed the brand's products without proof that we were allowed to sell them.'",
};

const advice = (name: TargetName) => `Reviewers want the cause you control: say what in your own process allowed it, e.g. ${ownCause[name]}`;
const genericAdvice = advice('carrier');

export const blame: Rule = {
  id: 'blame',
  description: 'A sentence that shifts responsibility to Amazon, buyers, carriers, suppliers, staff, rights owners, competitors or circumstances, or argues with the complaint.',
  defaultSeverity: 'warning',
  fixable: false,
  sentences: {
    settings: ['vocabulary.blame'],
    check(text, { settings, phrases }): RuleFinding[] {
      const message = blameMessage(text) ?? extraMessage(phrases(settings.vocabulary.blame), text);
      return message ? [{ start: 0, end: text.length, message }] : [];
    },
  },
};

/** Why a sentence reads as blame, in the built-in words; undefined when it does not. */
function blameMessage(text: string): string | undefined {
  anyTarget.lastIndex = 0;
  for (const { name, pattern } of anyTarget.test(text) ? byTarget : []) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) return `This sentence puts the blame on ${whom[name]}. ${advice(name)}`;
  }
  standalone.lastIndex = 0;
  const denial = standalone.exec(text);
  if (denial) return `${quote(denial[0])} denies responsibility. ${genericAdvice}`;
  dispute.lastIndex = 0;
  const argument = dispute.exec(text);
  if (argument) {
    return `${quote(argument[0])} argues with the complaint instead of answering it. Reviewers decide on evidence, not argument: attach the invoices or photos, and say what you changed.`;
  }
  return undefined;
}

function extraMessage(extra: PhraseMatcher, text: string): string | undefined {
  const first = extra.matches(text).next();
  return first.done ? undefined : `${quote(first.value.phrase)} shifts responsibility (from your blame vocabulary). ${genericAdvice}`;
}
