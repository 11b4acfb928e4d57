import { excusePatterns } from './excuses';

/**
 * What a vague phrase leaves out, which names the message and the fix:
 * when, how often, how fast, how (effort instead of a check), what (a change
 * with nothing to check), which steps, a claim that the problem is fixed, a
 * wish, training with no content, an excuse offered as a root cause.
 */
export type VagueKind =
  'when' | 'how-often' | 'how-fast' | 'how' | 'what' | 'which' | 'claim' | 'never-again' | 'wish' | 'training' | 'excuse';

/**
 * When a phrase is left alone although it matched:
 * - `negated`: it describes what was missing ("we did not check closely",
 *   "a lack of robust checks"): a root cause, not a promise;
 * - `mechanism-follows`: the concrete change comes right after it
 *   ("improved our packing by adding a drop test", "stricter checks: …");
 * - `dated`: its sentence gives a number or a time ("trained all 4 packers on March 3");
 * - `time-limit`: its sentence gives the limit ("promptly, within 12 hours");
 * - `measure-before`: it is the purpose of a measure the sentence has named
 *   with its frequency or its count ("Every week the owner checks 20 orders
 *   to make sure this does not happen again");
 * - `missing-step-follows`: the sentence goes on to say which step of the
 *   seller's was missing ("We were not aware of the policy because we did
 *   not train our new packer", "As a new seller, we had no checklist").
 */
export type VagueGate = 'negated' | 'mechanism-follows' | 'dated' | 'time-limit' | 'measure-before' | 'missing-step-follows';

export interface VagueGroup {
  kind: VagueKind;
  patterns: string[];
  quietWhen?: VagueGate[];
  /** Only in a section of this kind: an excuse is a bad root cause, elsewhere a stock line. */
  onlyIn?: 'root-cause';
  /** Not in these sections, where the item rules already say what is missing (the date, the number). */
  notIn?: string[];
}

/** Verbs of checking, for "closely monitor", "review carefully". */
const checkVerbs =
  '(?:monitor|check|review|inspect|watch|track|examine|supervise|oversee|scrutini[sz]e|vet|verify|audit|control|follow up)';
const manner = '(?:closely|carefully|strictly|rigorously|thoroughly|diligently|properly|attentively|meticulously)';
/** What a plan says it improves, tightens or keeps strict. */
const controlNouns =
  '(?:process|processes|procedures?|systems?|operations?|services?|quality|quality ' +
  'control|qc|performance|standards?|workflows?|practices|business|checks?|controls?|' +
  'oversight|monitoring|measures|verification|training|inspections?|protocols?|policies|' +
  'safeguards|compliance|vetting|screening)';
const staffNouns = '(?:staff|team|teams|employees|workers|people|personnel|members|packers|pickers|agents|assistants|vas)';
const genericTopic =
  '(?:(?:on|in|about) (?:the |our |all )?(?:proper |correct |right |relevant |appropriate ' +
  "|necessary |new |updated |amazon(?:'s|’s)? |best |these |such )?(?:procedures|processes|" +
  'policies|policy|guidelines|rules|practices|requirements|standards|issues?|matters?))';

export const vagueGroups: VagueGroup[] = [
  {
    kind: 'when',
    patterns: [
      'as soon as possible',
      'asap',
      '(?<!as )soon(?! as| after| afterwards)',
      'in the near future',
      'at some point',
      'eventually',
      'in due course',
      'shortly',
      'in the (?:coming|next few|following) (?:days|weeks|months)',
      'in a few (?:days|weeks|months)',
      'at the earliest',
    ],
  },
  {
    kind: 'how-often',
    patterns: [
      'regularly',
      'periodically',
      'from time to time',
      'frequently',
      'occasionally',
      'constantly',
      'on a regular basis',
      'routinely',
    ],
  },
  {
    kind: 'how-often',
    patterns: ['continuously', 'continually', 'on an? (?:ongoing|continuous|continual|constant|consistent) basis'],
    quietWhen: ['negated'],
  },
  {
    kind: 'how-fast',
    patterns: [
      'promptly',
      'in a (?:timely|prompt|quick|speedy|swift)(?: and (?:professional|efficient|courteous|' +
        'polite|friendly|proper|effective))? (?:manner|fashion|way)',
      'in a (?:professional|efficient|proper|courteous) and (?:timely|prompt) (?:manner|fashion|way)',
      'without (?:any )?(?:undue )?delay',
    ],
    quietWhen: ['negated', 'time-limit'],
  },
  {
    kind: 'how',
    patterns: [
      `${manner} ${checkVerbs}\\w*`,
      `${checkVerbs}\\w* (?:\\S+ ){0,3}?(?:more )?${manner}`,
      `(?:stricter|tighter|stronger|more (?:robust|stringent|rigorous|thorough|effective|comprehensive|` +
        `careful)|robust|rigorous|stringent|strict|thorough|comprehensive|enhanced|strengthened|tightened|` +
        `better) (?:\\w+ )?${controlNouns}`,
    ],
    quietWhen: ['negated', 'mechanism-follows'],
  },
  {
    kind: 'what',
    patterns: [
      `(?:improv|strengthen|enhanc|tighten|reinforc|upgrad|bolster|optimi[sz]|streamlin)(?:e|ed|es|` +
        `ing|s)? (?:our |the |all |overall |its |my )?(?:\\w+ )?${controlNouns}`,
      'try (?:harder|our best|my best|to do better|to improve)',
      'do (?:better|our best|my best|our very best|my very best|our utmost|my utmost|everything (?:we|i) can|everything possible)',
      '(?:be|being) more (?:careful|vigilant|attentive|diligent|cautious)',
      'more careful(?:ly)?',
      '(?:pay|pays|paid|paying) (?:more |closer |extra |special |careful |particular |close |great |full )?attention',
      'work harder',
      'best efforts',
      'whatever it takes',
      'strive to',
      'look into (?:it|this|the matter|the issue)',
    ],
    quietWhen: ['negated', 'mechanism-follows'],
  },
  {
    kind: 'which',
    patterns: [
      '(?:all )?(?:appropriate|necessary|relevant|proper|needed|required) (?:measures|steps|actions?|changes|precautions)',
      'all necessary',
    ],
    // "the necessary steps to remove all 6 listings: we closed them and deleted the images" lists them.
    quietWhen: ['mechanism-follows'],
  },
  {
    kind: 'which',
    patterns: [
      '(?:all )?(?:appropriate|necessary|relevant|proper|needed|required|correct) (?:procedures|' +
        'processes|protocols|practices|guidelines|corrective actions|improvements|adjustments)',
      '(?:significant|major|substantial|many|several|various|numerous) (?:changes|improvements|upgrades|adjustments)',
    ],
    quietWhen: ['negated', 'mechanism-follows'],
  },
  {
    kind: 'claim',
    patterns: [
      '(?<!(?:this|that|which|it|these|they) )(?:fixed|solved|resolved|corrected|rectified|' +
        'sorted(?: out)?|addressed|taken care of|dealt with) (?:the|this|that|these|those|' +
        'all the|all|our|my|its) (?:problems?|issues?|matters?|situation|errors?|mistakes?|' +
        'glitch(?:es)?)',
    ],
    quietWhen: ['negated', 'mechanism-follows'],
  },
  {
    kind: 'never-again',
    patterns: [
      '(?:make sure|ensure|guarantee|see to it)(?: that)? (?:this|it|this issue|the ' +
        'issue|such (?:issues?|problems?|incidents?)|this problem|the problem|this mistake|' +
        "that) (?:does not|doesn't|will not|won't|never|do not|don't|cannot|can't|can " +
        'not) (?:happen|occur|recur|repeat)(?:s|ed)?',
      '(?:will|would|shall) never (?:happen|occur) again',
      '(?:take|taking|took|have taken) (?:steps|measures|action) to (?:ensure|prevent|avoid)',
    ],
    quietWhen: ['measure-before'],
  },
  {
    kind: 'wish',
    patterns: [
      '(?:ensure|ensures|ensuring|make sure|makes sure|making sure|guarantee|guarantees|' +
        'guaranteeing)(?: that)? (?:\\S+ ){0,8}?(?:only |a |an |the |the best |best )?(?:positive|' +
        'great|good|excellent|pleasant|smooth|seamless|satisfying|perfect|wonderful|better|' +
        'best|five-star|5-star|outstanding|exceptional) (?:\\S+ )?experi(?:e?nc|anc)\\w*',
    ],
    quietWhen: ['negated'],
  },
  {
    kind: 'training',
    patterns: [
      `(?:re-?train|train|re-?educate|educate|coach|instruct|brief)(?:ed|ing|s)? (?:all )?(?:of )?(?:our|` +
        `the|my|all|every|each) (?:\\w+ )?${staffNouns}(?: (?:members|again|properly|thoroughly|well))?(?: ` +
        `${genericTopic})?(?=\\s*[,.;!)]|\\s*$| (?:and|to|so|who|once|on (?:how|this|it))\\b)`,
    ],
    quietWhen: ['negated', 'dated'],
    notIn: ['actions-taken', 'preventive-measures'],
  },
  { kind: 'excuse', onlyIn: 'root-cause', patterns: excusePatterns, quietWhen: ['missing-step-follows'] },
];

/** Words that make the clause before a phrase a description of what was missing. */
export const negationWords =
  "(?:not|never|no|nor|lack|lacks|lacked|lacking|without|fail|fails|failed|failing|unable|neglected|forgot|instead of|n't|n’t)";

/** Where a new clause starts, so that "we did not check, but now we check closely" is read from "now". */
export const clauseBreaks = '(?:[;:—–]|\\bbut\\b|\\bnow\\b|\\bsince then\\b|\\bso\\b)';

/** How a concrete change follows the vague words: "by adding…", "with a second scan", ": every unit…", "to 3 scans". */
export const mechanismAfter = [
  'by [\\p{L}-]+ing',
  'with (?:a|an|\\d)',
  'to (?:include|add|require|cover|check) ',
  'such as',
  'including',
  'so that (?:every|each|all|no)',
  'to \\d',
  'from \\d',
];

/** A time limit that says how fast: "within 12 hours", "in under 2 days", "no later than 3 PM". */
export const timeLimit = '(?:within|under|in under|in less than|no later than|not later than|by) (?:the )?(?:same|next|\\d+)';

/** What makes a never-again phrase the purpose of a measure: "… to make sure", "… so that". */
export const purposeBefore = '(?:to|so as to|in order to|so that)\\s+$';

/** A measure named with how often it runs, or a check with its count: "every week", "daily", "a spot check of 20 orders". */
export const measureCue =
  '\\b(?:every|each|daily|weekly|monthly|hourly|nightly|twice|once a|per (?:day|week|month|shift|order))\\b|' +
  '\\b(?:check|checks|checked|audit|audits|inspect|inspects|inspection|scan|scans' +
  '|compare|compares|count|counts|test|tests|verify|verifies)\\b[^.;!?]*\\p{N}';

/**
 * After an excuse, the step of the seller's that was missing: a cause word
 * or a clause break, then the seller, then what it did not do ("because we
 * did not train her", ", so our listing lead had no checklist").
 */
export const missingStepAfter =
  '^[^.;!?]*?(?:\\bbecause\\b|\\bas\\b|\\bsince\\b|\\bso\\b|[,:;—–])[^.!?]{0,80}?\\b(?:we|i|our|my)\\b[^.!?]{0,40}?' +
  "(?:\\b(?:not|never|no|lacked|failed|forgot|neglected)\\b|n['’]t\\b)" +
  // "…, and we did not know it": not knowing again, no step.
  '(?!\\s+(?:\\S+\\s+)?(?:know|knew|aware|realis|realiz|understand|familiar|read))';
