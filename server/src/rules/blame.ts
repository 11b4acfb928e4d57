import { compileFollowing, compileWordList, quote } from '../engine/patterns';
import {
  blamePhrases,
  blamePhrasesByTarget,
  blameTargets,
  causeBeforeTarget,
  causeGap,
  disputePhrases,
  failureAfterTarget,
  identifyingClause,
  narrowBlameTargets,
  negatedBefore,
  ownedFault,
  plainFaultAfterTarget,
  plainFaultBeforeTarget,
  possessedFault,
  relativeClause,
  sellerActsOn,
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

const broadNames = Object.keys(blameTargets) as TargetName[];
const narrowNames = Object.keys(narrowBlameTargets) as TargetName[];
const broadFailures = failureAfterTarget.join('|');

/** The targets of some names in one list, each in a group named after it, so a match says whom it found. */
const named = (names: TargetName[]) => names.map((name) => `(?<${name}>${withoutPossessive(targetPattern(name))})`).join('|');
const nameOf = (match: RegExpExecArray) => Object.keys(match.groups ?? {}).find((name) => match.groups?.[name] !== undefined) as TargetName;

/**
 * A sentence blames a target in three ways: a fault word after it ("the
 * carrier failed to scan", "the carrier's mistake", "buyers, who…, wrongly
 * assumed"), a cause word before it ("caused by the courier"), or a phrase of
 * its own ("a hijacker took over our listing"). The targets are found in one
 * pass and what must follow is tried only where each one ends, so the big
 * lists of fault words are not tried at every position of every sentence.
 */
const anyTarget = compileWordList([named([...broadNames, ...narrowNames])]);
const possessive = "(?:'s|’s|')?";
const afterBroad = compileFollowing([
  `${possessive} (?:\\w+ )?(?:${broadFailures})`,
  possessedFault,
  `${possessive}${relativeClause}(?:${broadFailures})`,
]);
const afterNarrow = compileFollowing([`${possessive} (?:\\w+ )?(?:${plainFaultAfterTarget.join('|')})`, possessedFault]);
const broadCause = compileWordList([`(?:${causeBeforeTarget.join('|')})`]);
const narrowCause = compileWordList([`(?:${plainFaultBeforeTarget.join('|')})`]);
const broadAfterCause = compileFollowing([` ${causeGap}(?:${named(broadNames)})`]);
const narrowAfterCause = compileFollowing([` ${causeGap}(?:${named(narrowNames)})`]);
const targetPhrases = compileWordList([
  Object.entries(blamePhrasesByTarget)
    .map(([name, list]) => `(?<${name}>${list.join('|')})`)
    .join('|'),
]);

const ownsFault = compileWordList(ownedFault);
const spaced = (source: string) => source.replace(/ /g, '\\s+');
const negated = new RegExp(spaced(negatedBefore), 'iu');
const identifying = new RegExp(spaced(identifyingClause), 'iu');
const actsOn = new RegExp(spaced(sellerActsOn), 'iu');

/** "It was not the buyer's fault": the words just before a target or a cause word deny it. */
const isNegated = (text: string, at: number) => negated.test(text.slice(Math.max(0, at - 40), at));

/** "We no longer use the carrier that lost 6 parcels": the seller's action on a party it names by what happened. */
function isSellerAction(text: string, target: RegExpExecArray): boolean {
  const end = target.index + target[0].length;
  return identifying.test(text.slice(end, end + 12)) && actsOn.test(text.slice(Math.max(0, target.index - 120), target.index));
}

/** Whom a sentence blames by a fault word after the target, if anyone. */
function blamedByFault(text: string): TargetName | undefined {
  anyTarget.lastIndex = 0;
  for (let match = anyTarget.exec(text); match; match = anyTarget.exec(text)) {
    const name = nameOf(match);
    const after = narrowNames.includes(name) ? afterNarrow : afterBroad;
    after.lastIndex = match.index + match[0].length;
    if (after.test(text) && !isNegated(text, match.index) && !isSellerAction(text, match)) return name;
    if (match[0].length === 0) anyTarget.lastIndex++;
  }
  return undefined;
}

/** Whom a sentence blames by a cause word before the target, if anyone. */
function blamedByCause(text: string, cause: RegExp, target: RegExp): TargetName | undefined {
  cause.lastIndex = 0;
  for (let match = cause.exec(text); match; match = cause.exec(text)) {
    target.lastIndex = match.index + match[0].length;
    const found = target.exec(text);
    if (found && !isNegated(text, match.index)) return nameOf(found);
  }
  return undefined;
}

function blamedTarget(text: string): TargetName | undefined {
  const byPhrase = () => {
    targetPhrases.lastIndex = 0;
    const found = targetPhrases.exec(text);
    return found ? nameOf(found) : undefined;
  };
  const name =
    blamedByFault(text) ??
    blamedByCause(text, broadCause, broadAfterCause) ??
    blamedByCause(text, narrowCause, narrowAfterCause) ??
    byPhrase();
  ownsFault.lastIndex = 0;
  // Naming the other party and then taking the fault ("…, so the fault is ours") is the admission reviewers want.
  return name && !ownsFault.test(text) ? name : undefined;
}

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

const advice = (name: TargetName) =>
  `Reviewers want the cause you control: say what in your own process allowed it, e.g. ${ownCause[name]}`;
const genericAdvice = advice('carrier');

export const blame: Rule = {
  id: 'blame',
  description:
    'A sentence that shifts responsibility to Amazon, buyers, carriers, suppliers, staff, rights ' +
    'owners, competitors or circumstances, or argues with the complaint.',
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
  const name = blamedTarget(text);
  if (name) return `This sentence puts the blame on ${whom[name]}. ${advice(name)}`;
  standalone.lastIndex = 0;
  const denial = standalone.exec(text);
  if (denial) return `${quote(denial[0])} denies responsibility. ${genericAdvice}`;
  dispute.lastIndex = 0;
  const argument = dispute.exec(text);
  if (argument) {
    return (
      `${quote(argument[0])} argues with the complaint instead of answering it. Reviewers decide ` +
      `on evidence, not argument: attach the invoices or photos, and say what you changed.`
    );
  }
  return undefined;
}

function extraMessage(extra: PhraseMatcher, text: string): string | undefined {
  const first = extra.matches(text).next();
  return first.done ? undefined : `${quote(first.value.phrase)} shifts responsibility (from your blame vocabulary). ${genericAdvice}`;
}
