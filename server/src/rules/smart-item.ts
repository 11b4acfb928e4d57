import { compileWordList } from '../engine/patterns';
import { hasEventTrigger } from '../engine/time';
import { automationPatterns, controlPatterns, namedOwnerPatterns, ownerPatterns } from '../words/en/owners';
import { ownerSlotPatterns, quantitySlotPatterns, timeSlotPatterns } from '../words/en/placeholder-slots';
import { calendarDatePatterns, countablePatterns, quantityPatterns } from '../words/en/quantities';
import { hedging } from './hedging';
import { isOnlyPlaceholders } from './placeholder';
import { offersOnlyReading } from './policy-reading';
import { smartActionFix } from '../rule-kit/smart-fix';
import type { MainSectionKind } from '../common/settings';
import type { ActionItem } from '../engine/model';
import type { Fix, ItemPart, Rule, RuleContext, RuleFinding } from '../engine/rule';

/**
 * One finding per action item for what makes it SMART: a time (date, start,
 * deadline or frequency), a number, and for a preventive check an owner.
 * Three rules share it, so that sellers keep the ids they configure: the
 * finding's rule is the first missing part whose rule reports there, in the
 * order below, and its message names every missing part whose rule does.
 * An item another rule already speaks for (a promise under actions taken,
 * a vague phrase) gets no SMART finding: that rule's finding is the item's one.
 */
export type SmartPart = ItemPart;

export const partRules: Record<SmartPart, string> = { when: 'untimed-action', 'how-much': 'unmeasurable-action', who: 'no-owner' };
const order: SmartPart[] = ['when', 'how-much', 'who'];

const timeSlot = compileWordList(timeSlotPatterns, 'i');
const quantitySlot = compileWordList(quantitySlotPatterns, 'i');
const ownerSlot = compileWordList(ownerSlotPatterns, 'i');
const countable = compileWordList(countablePatterns, 'i');
const owner = compileWordList(ownerPatterns, 'i');
const namedOwner = compileWordList(namedOwnerPatterns, '');
const automation = compileWordList(automationPatterns, 'i');
const control = compileWordList(controlPatterns, 'i');
const we = /\b(?:we|our team|the team|our staff|us)\b/i;

const quantity = compileWordList(quantityPatterns, 'i');
const calendarDate = compileWordList(calendarDatePatterns, 'gi');
/** Order IDs and codes that mix letters and digits (ASIN, FNSKU, tracking): their digits count nothing. */
const identifier =
  /(?<![\p{L}\p{N}])(?:[A-Z]?\d{2,3}-\d{7}-\d{7}|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,})(?![\p{L}\p{N}])/gu;
const blank = (found: string) => ' '.repeat(found.length);

/** Whether the item says how much: dates and identifiers are blanked first, since they say when and which. */
export function hasQuantity(text: string): boolean {
  const withoutDates = text.replace(calendarDate, blank).replace(identifier, blank);
  if (/\d/.test(withoutDates)) return true;
  quantity.lastIndex = 0;
  return quantity.test(withoutDates);
}

const test = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/** Each item's missing parts, read once per analysis for the three rules that share them. */
const partsMemo = (): Map<ActionItem, SmartPart[]> => new Map();

/** What the item lacks, whatever rules are on: the parts a reviewer would ask for. */
export function missingParts(context: RuleContext, item: ActionItem): SmartPart[] {
  const memo = context.shared(partsMemo);
  let parts = memo.get(item);
  if (!parts) memo.set(item, (parts = readMissingParts(context, item)));
  return parts;
}

function readMissingParts(context: RuleContext, item: ActionItem): SmartPart[] {
  if (item.section.guessed || (item.kind !== 'actions-taken' && item.kind !== 'preventive-measures')) return [];
  const { text } = item;
  // An item still made of template text is the placeholder rule's; reading a policy, policy-reading's.
  if (isOnlyPlaceholders(text) || offersOnlyReading(context, item)) return [];
  const missing: SmartPart[] = [];
  // A slot left in the template ("on [date]", "[X] units") is the placeholder rule's to report.
  const timed =
    test(timeSlot, text) || context.time.hasTimeExpression(text) || (item.kind === 'preventive-measures' && hasEventTrigger(text));
  if (!timed) missing.push('when');
  // A one-off act ("we ended our contract with the agency") has nothing to count: only an act on
  // things that come in numbers (orders, listings, units, staff) is asked how much.
  if (!test(quantitySlot, text) && test(countable, text) && !hasQuantity(text)) missing.push('how-much');
  // A hedged measure ("we will try to review") is told to commit first; who runs it comes after.
  if (item.kind === 'preventive-measures' && isUnownedCheck(text) && !hedged(context, item)) missing.push('who');
  return missing;
}

function hedged(context: RuleContext, item: ActionItem): boolean {
  return startsWithin(context.sentenceFindings(hedging), item.span.start, item.span.end);
}

/** Whether a finding of `found` (in document order) starts in [start, end): a binary search, for a plan of thousands of items. */
export function startsWithin(found: readonly RuleFinding[], start: number, end: number): boolean {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (found[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low < found.length && found[low].start < end;
}

/** A recurring check that names no role or person to run it. */
function isUnownedCheck(text: string): boolean {
  if (!test(control, text) || test(owner, text) || test(namedOwner, text) || test(automation, text)) return false;
  return !test(timeSlot, text) && !test(quantitySlot, text) && !test(ownerSlot, text);
}

/** The missing parts whose rules report on this item, in order. */
export function reportedParts(context: RuleContext, item: ActionItem): SmartPart[] {
  return missingParts(context, item).filter((part) => context.reports(partRules[part], item.span.start));
}

interface PartWords {
  /** What is missing, as the message's opening names it. */
  lacks: string;
  /** What to say, after "say". */
  ask: string;
  example: string;
  /** The fix's name for it, after "Add". */
  name: string;
  /** Inserted before the item's closing punctuation, tab stops numbered from `n`. */
  insert: (n: number) => string;
}

function words(part: SmartPart, kind: MainSectionKind): PartWords {
  const done = kind === 'actions-taken';
  switch (part) {
    case 'when':
      return done
        ? {
            lacks: 'no date',
            ask: 'when you did this',
            example: "'on March 3, 2026'",
            name: 'the date',
            insert: (n) => ` on \${${n}:[date]}`,
          }
        : {
            lacks: 'no date or frequency',
            ask: 'when it starts or how often it runs',
            example: "'every Monday, starting March 15, 2026'",
            name: 'when it runs',
            insert: (n) => ` \${${n}|starting,by,every|} \${${n + 1}:[date or day]}`,
          };
    case 'how-much':
      return {
        lacks: 'no number',
        ask: 'how much',
        example: done ? "'all 14 affected orders'" : "'20 random orders'",
        name: 'how many',
        insert: (n) => ` (\${${n}:[how many]})`,
      };
    case 'who':
      return {
        lacks: 'no owner',
        ask: 'who runs it',
        example: "'our inventory manager'",
        name: 'who runs it',
        insert: (n) => `, run by \${${n}:[role]}`,
      };
  }
}

const joined = (list: string[]) => (list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the item lacks, in a few words, for another rule's message to add: "It also gives no number: say how much, e.g. …". */
export function alsoMissing(parts: SmartPart[], kind: MainSectionKind): string {
  if (parts.length === 0) return '';
  const all = parts.map((part) => words(part, kind));
  const lacks = joined(all.map((w) => w.lacks));
  return ` It also gives ${lacks}: say ${joined(all.map((w) => w.ask))}, e.g. ${joined(all.map((w) => w.example))}.`;
}

function message(parts: SmartPart[], kind: MainSectionKind, text: string): string {
  const done = kind === 'actions-taken';
  if (parts.length === 1) {
    switch (parts[0]) {
      case 'when':
        return done
          ? "Say when you did this: add the date, e.g. 'on March 3, 2026'. Reviewers reject actions without dates."
          : "Say when: add a start date or deadline ('starting March 15, 2026', 'by March 15, 2026'), how " +
              "often ('every Monday') or the event that sets it off ('before each listing goes live').";
      case 'how-much':
        return (
          'Say how much: add a number a reviewer can check, e.g. ' +
          `${done ? "'all 14 affected orders'" : "'20 random orders every Friday'"}, 'defects under 1%'.`
        );
      case 'who':
        return we.test(text)
          ? "Say who: 'we' does not tell the reviewer who is accountable. Name the role that runs it, e.g. " +
              "'our inventory manager audits …'."
          : "Say who runs this: name the role or person, e.g. 'our inventory manager audits all listings every Monday'.";
    }
  }
  const all = parts.map((part) => words(part, kind));
  return (
    `${capitalised(joined(all.map((w) => w.lacks)))}: say ${joined(all.map((w) => w.ask))}, ` +
    `e.g. ${joined(all.map((w) => w.example))}. Reviewers reject ${done ? 'actions' : 'measures'} they cannot check.`
  );
}

/** One fix that adds every missing part as a tab stop, before the item's closing punctuation. */
function addPartsFix(parts: SmartPart[], item: ActionItem): Fix {
  const kind = item.kind;
  const closing = /[.;!]*\s*$/.exec(item.text);
  const at = item.span.end - (closing ? closing[0].length : 0);
  // Read in the order a sentence gives them: how much, when, who.
  const inOrder = (['how-much', 'when', 'who'] as SmartPart[]).filter((part) => parts.includes(part));
  let next = 1;
  let snippet = '';
  for (const part of inOrder) {
    snippet += words(part, kind).insert(next);
    next += part === 'when' && kind !== 'actions-taken' ? 2 : 1;
  }
  const title =
    parts.length === 1 && parts[0] === 'when'
      ? kind === 'actions-taken'
        ? 'Add the date it was done'
        : 'Add a start date, deadline or frequency'
      : `Add ${joined(parts.map((part) => words(part, kind).name))}`;
  return { title, edits: [{ start: at, end: at, newText: snippet }], isSnippet: true };
}

/** Items whose one finding belongs to another rule, found once per analysis. */
export type ItemOwners = (context: RuleContext, item: ActionItem) => boolean;

/**
 * The item's SMART finding if it belongs to `ruleId`: the first missing part
 * reported there is that rule's. `ownedElsewhere` says whether another rule
 * (a promise, a vague phrase) already speaks for the item.
 */
export function smartFinding(context: RuleContext, item: ActionItem, ruleId: string, ownedElsewhere: ItemOwners): RuleFinding | undefined {
  const parts = reportedParts(context, item);
  if (parts.length === 0 || partRules[parts[0]] !== ruleId || ownedElsewhere(context, item)) return undefined;
  const sorted = order.filter((part) => parts.includes(part));
  const { start, end } = item.span;
  const fixes = [addPartsFix(sorted, item)];
  if (sorted.includes('when')) fixes.push(smartActionFix(item.kind, start, end));
  return { start, end, message: message(sorted, item.kind, item.text), fixes };
}

/** One of the three rules that share an item's SMART finding: they differ only in their id and what their docs say. */
export function smartPartRule(metadata: Omit<Rule, 'check' | 'sentences' | 'fixable'>, owned: ItemOwners): Rule {
  return {
    ...metadata,
    fixable: true,
    *check(context): Iterable<RuleFinding> {
      for (const item of context.poa.items) {
        const finding = smartFinding(context, item, metadata.id, owned);
        if (finding) yield finding;
      }
    },
  };
}
