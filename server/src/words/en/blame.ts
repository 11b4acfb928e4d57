/**
 * Who a seller blames, and how. Patterns are built from these lists; a space
 * stands for any white space. Data only: the blame rule does the matching.
 */
export const blameTargets = {
  amazon: ["amazon(?:'s|’s)?(?: (?:system|algorithm|bot|team|policy|warehouse|fulfillment center))?", 'seller (?:performance|support)', 'the (?:system|algorithm|bot)s?'],
  buyer: ['(?:the |a |one |some |many |our |this |that )?(?:buyer|customer|client|shopper|purchaser)s?'],
  carrier: [
    "(?:the |a |our |their )?(?:carrier|courier|shipping (?:company|partner|provider|service)|delivery (?:company|driver|partner|service)|driver|post office|postal service)s?",
    '(?:the )?(?:ups|usps|fedex|dhl|ontrac|lasership|royal mail|canada post|evri|hermes|dpd|gls|amazon logistics)',
  ],
  supplier: ['(?:the |a |our |one of our )?(?:supplier|manufacturer|vendor|factory|distributor|wholesaler|3pl|prep center|fulfil?lment partner|warehouse partner)s?'],
  competitor: ['(?:a |the |some |our |one of our )?(?:competitor|rival|hijacker|other seller)s?', '(?:another|a rival|a competing) seller'],
  circumstances: [
    '(?:the |a |bad |severe |extreme |heavy |unexpected )?(?:weather|storms?|snowstorms?|hurricanes?|floods?|pandemic|covid(?:-19)?|strikes?|port congestion|chinese new year|force majeure|acts? of god)',
    '(?:the )?holiday (?:rush|season|peak)',
  ],
};

/** Verbs and phrases that put a failure on the one named before them. */
export const failureAfterTarget = [
  "failed to",
  "(?:did not|didn't|never|refused to|forgot to|neglected to) (?:scan|pick up|collect|deliver|update|upload|follow|read|check|return|respond|reply|provide|honou?r|ship|notify|inform|tell|warn|explain|meet|show up|communicate|understand|bother|send|arrive)",
  'never (?:warned|told|notified|informed|explained|contacted|replied|responded|answered)',
  '(?:delivered|shipped|scanned|picked up|collected|dropped off) (?:\\S+ ){0,4}?(?:late|too late|days late|after the (?:due|delivery|promised) date)',
  '(?:was|were|is|are) (?:late|slow|careless|negligent|responsible|to blame|at fault|dishonest|lying|wrong|unreasonable|rude|abusive|fraudulent|malicious|incompetent|unprofessional)',
  '(?:lost|damaged|delayed|misplaced|mishandled|mislabeled|mislabelled|misrouted|broke|dropped|threw|tossed|kicked|crushed|smashed) (?:the|our|a|\\d+|some|many|several|multiple|two|three|it|them|packages|parcels|boxes)',
  '(?:made|makes) (?:a|an) (?:mistake|error)',
  '(?:messed up|screwed up|lied|abused|scammed|misused|tampered)',
  '(?:provided|gave us|sent us|shipped us|supplied) (?:wrong|incorrect|false|fake|counterfeit|defective|damaged|faulty|bad)',
  '(?:wrongly|incorrectly|mistakenly|unfairly|falsely|unjustly) \\w+',
  '(?:filed|made|left|opened) (?:a |an )?(?:false|fake|fraudulent|bogus|unfair|malicious)',
  '(?:reported|targeted|attacked|sabotaged|framed) us',
];

/** Phrases that say "we are not responsible" on their own. */
export const blamePhrases = [
  "(?:it |this |that )?(?:was|is|were)(?: not|n't) (?:our|my) fault",
  'not our fault',
  'no fault of (?:our|my) own',
  '(?:beyond|outside|out of) (?:our|my) control',
  '(?:we|i) (?:are|were|was|am) not (?:responsible|to blame|at fault)',
  '(?:we|i) did nothing wrong',
  '(?:wrongly|incorrectly|unfairly|mistakenly|falsely|unjustly) (?:flagged|suspended|deactivated|accused|penalized|penalised|reported|removed|blocked)',
  '(?:false|fake|fraudulent|malicious|bogus) (?:complaint|claim|report|accusation|allegation|review)s?',
  'unforeseen circumstances',
  'circumstances beyond',
  'one-time (?:supplier|carrier|courier|manufacturer) (?:issue|problem|mistake|error)',
  '(?:dishonest|fraudulent|lying|abusive|unreasonable|scamming) (?:buyer|customer)s?',
  '(?:buyer|customer) (?:abuse|fraud|error|mistake)',
  'the blame (?:lies|rests) with',
  // "This complaint came from a competitor", "a fake from another seller", "other sellers do the same"
  '(?:complaint|claim|report|review|notice)s? (?:\\S+ )?(?:came|comes|is|was|were|has been) (?:filed |made |submitted |sent )?(?:by|from) (?:a |our |one of our )?(?:competitor|rival|hijacker|other seller)s?',
  '(?:fake|counterfeit|knock-?off|wrong item|used item)s? from (?:another|a different|a third-party|other) sellers?',
  '(?:other|many|most|all the|all) (?:other )?sellers (?:\\S+ )?(?:do|are doing|did|also do|sell) (?:the same|it|this|exactly the same)',
  '(?:blamed|accused) us',
  'on the word of (?:one|a|a single|this) (?:buyer|customer|complainant)',
  '(?:suspend|suspends|suspended|suspending|punish|punishes|punished|penali[sz]es?|penali[sz]ed|ban|bans|banned) (?:an? )?(?:honest|innocent|good|legitimate|loyal) (?:seller|business)s?',
];

/** "caused by X", "due to X": blame when X is one of the targets. */
export const causeBeforeTarget = [
  '(?:caused|created|triggered|made) by',
  '(?:due|owing) to',
  'because of',
  'the (?:fault|mistake|error|negligence|failure) of',
  '(?:fault|mistake|error|negligence|failure) (?:on the part of|by)',
];

/** "the carrier's mistake". */
export const possessedFault = "(?:'s|’s|s'|s’) (?:fault|mistake|error|negligence|failure|delay|delays|incompetence|problem|system error)";
