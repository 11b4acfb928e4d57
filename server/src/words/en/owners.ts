/**
 * Who runs a measure. A role or a person is an owner ("our inventory
 * manager", "the warehouse team", "Anna"); so is "I", since a sole trader
 * writing "I" names the one person who does it. "We", "our team" and "our
 * staff" name no one a reviewer can hold to the measure.
 */
export const ownerPatterns = [
  '(?:me|myself)',
  // "our inventory manager", "the QA lead", "a second packer", "our VA"
  '(?:managers?|leads?|leaders?|supervisors?|heads? of|directors?|officers?|owners?|founders?|co-founders?|CEO|COO|CFO|CTO|president|' +
    'specialists?|coordinators?|co-ordinators?|assistants?|associates?|packers?|pickers?|clerks?|agents?|analysts?|auditors?|inspectors?|' +
    'controllers?|accountants?|bookkeepers?|consultants?|administrators?|admins?|representatives?|reps?|executives?|operators?|' +
    'technicians?|engineers?|designers?|photographers?|copywriters?|editors?|checkers?|trainers?|VAs?|virtual assistants?|pharmacists?|' +
    'employees?|staff members?|workers?|partners?|buyers? (?:team|lead)|purchasers?|dispatchers?|handlers?|preparers?|planners?|' +
    'departments?|dept|3PL|prep cent(?:er|re)|freelancers?|contractors?|wife|husband|son|daughter|brother|sister|father|mother|co-owner|' +
    'person|people|persons|someone|suppliers?|manufacturers?|factory|factories|carriers?|couriers?|vendors?|distributors?|warehouse)' +
    // "against the manufacturer's sheet": a role's belongings run nothing
    "(?!['’]s?\\b)",
  // "the warehouse team", "our shipping staff": a team with a job is a role; "our team" or "our staff" alone is not
  '(?!(?:our|the|a|an|my|all|whole|entire|full|same|support|this|trained|new|more|extra|enough) (?:team|staff))' +
    '\\p{L}+ (?:team|crew|desk|unit|staff)',
];

const calendarWords =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|' +
  'October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4])';

/** Capitalised words that open a measure but name no one: "Daily audits", "Random checks". */
const notNames =
  '(?:\\p{Lu}\\p{Ll}+ly|Every|Each|All|Any|Random|New|Our|The|This|These|Spot|Quality|Stock|Manual|Full|Double|Second|Final|Extra)';

/** Case matters for these: "I" the writer, and a person by name ("Anna checks", "approved by Tomasz"). */
export const namedOwnerPatterns = [
  'I',
  `(?!(?:${calendarWords}|${notNames})\\b)\\p{Lu}\\p{Ll}+ ` +
    '(?:checks|reviews|audits|inspects|approves|signs|verifies|tests|counts|reads|updates|monitors|trains|compares|runs|scans)',
  `by (?!(?:${calendarWords}|${notNames})\\b)\\p{Lu}\\p{Ll}+`,
];

/**
 * The measures that need an owner: a check a person runs (an audit, a review,
 * an inspection). A change of packaging or a move to FBA is done once, and
 * "stock below 5 pauses the listing" runs by itself.
 */
export const controlPatterns = [
  'audit\\p{L}*',
  '(?<!\\d )(?<!has |have )check(?:s|ed|ing)?',
  'spot-check\\p{L}*',
  'inspect\\p{L}*',
  'review(?:s|ed|ing)?',
  'verif\\p{L}+',
  'monitor\\p{L}*',
  'approv\\p{L}+',
  'test(?:s|ed|ing)?',
  'counts?',
  'counted',
  'counting',
  'compar\\p{L}+',
  'sign(?:s|ed)? off',
  'train(?:s|ed|ing)?',
  'quality control',
  'QC',
  'examin\\p{L}+',
  'screen(?:s|ed|ing)',
  'vet(?:s|ted|ting)',
  'reconcil\\p{L}+',
  'double-check\\p{L}*',
];

/** Measures a tool runs by itself ("our repricer pauses …", "automatic alerts"): the system is the actor. */
export const automationPatterns = [
  'automatic(?:ally)?',
  'automated',
  'auto-\\p{L}+',
  'software',
  'system',
  'tool',
  'app',
  'integration',
  'repricer',
  'script',
  'alerts?',
  'buy shipping',
  'amazon',
  'seller central',
  'feed',
  'sync(?:s|ed|ing|hroni[sz]\\p{L}+)?',
  'api',
];
