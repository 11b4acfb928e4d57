/**
 * Who a seller blames, and how. Patterns are built from these lists; a space
 * stands for any white space. Data only: the blame rule does the matching.
 */
export const blameTargets = {
  amazon: [
    "amazon(?:'s|’s)?(?: (?:system|algorithm|bot|team|policy|warehouse|fulfil?lment " +
      'cent(?:er|re)|fc|staff|employees|workers|packers|drivers)s?)?',
    'seller (?:performance|support)',
    'the (?:system|algorithm|bot)s?',
    '(?:the |an |their )?(?:fba|amazon) (?:warehouse|fulfil?lment cent(?:er|re)|fc|inbound team|receiving team)s?',
    'the fc',
  ],
  buyer: ['(?:the |a |one |some |many |our |this |that )?(?:buyer|customer|client|shopper|purchaser|consumer|recipient|complainant)s?'],
  carrier: [
    '(?:the |a |our |their )?(?:carrier|courier|shipping (?:company|partner|provider|' +
      'service|agent)|delivery (?:company|driver|partner|service|man|men|guy|person|agent)|' +
      'driver|post office|postal service|postman|postmen|mailman|haulier)s?',
    '(?:the |a |our |their )?(?:transport|transportation|logistics|freight|trucking|' +
      'haulage|courier|parcel|postal|shipping) (?:company|companies|firm|partner|provider|' +
      'agent|agency|carrier)s?',
    '(?:the )?(?:ups|usps|fedex|dhl|ontrac|lasership|royal mail|canada post|australia ' +
      'post|india post|evri|hermes|yodel|parcelforce|dpd|gls|tnt|aramex|purolator|delhivery|' +
      'blue dart|ekart|chronopost|colissimo|postnl|bpost|deutsche post|correos|japan ' +
      'post|yamato|china post|yanwen|amazon logistics)',
  ],
  supplier: [
    '(?:the |a |our |one of our )?(?:supplier|manufacturer|vendor|factory|distributor|' +
      'wholesaler|3pl|prep cent(?:er|re)|prep (?:company|service|partner)|fulfil?lment ' +
      '(?:partner|company|provider|service)|warehouse partner|logistics partner|freight ' +
      'forwarder|forwarder|sourcing agent)s?',
  ],
  competitor: [
    '(?:a |the |some |our |one of our )?(?:competitor|rival|hijacker|counterfeiter|other seller)s?',
    '(?:another|a rival|a competing) seller',
  ],
  circumstances: [
    '(?:the |a |bad |severe |extreme |heavy |unexpected )?(?:weather(?: conditions)?|' +
      'storms?|snow(?:storms?|fall)?|hurricanes?|typhoons?|cyclones?|floods?|heat(?: |-)?waves?|' +
      'wildfires?|earthquakes?|natural disasters?|pandemic|covid(?:-19)?|lockdowns?|(?:postal ' +
      '|national |rail |port )?strikes?|industrial action|port congestion|customs(?: ' +
      'delays?| checks?| clearance)?|power (?:outage|cut|failure)s?|chinese new year|' +
      'force majeure|acts? of god)',
    '(?:the )?(?:holiday|christmas|festive|peak|q4) (?:rush|season|peak|period|surge)',
    '(?:the )?(?:black friday|cyber monday|prime day)(?: (?:rush|sales?|peak|surge|week))?',
  ],
};

/**
 * People a plan names as often in plain facts ("our packer checks every
 * label", "we wrote to the rights owner") as in blame: only open fault words
 * around them count, not a late parcel or an unanswered e-mail.
 */
export const narrowBlameTargets = {
  staff: [
    '(?:the |an |a |our |my |one of our |one )?(?:new |former |temporary |part-time ' +
      ')?(?:employee|staff member|staffer|worker|packer|picker|warehouse (?:worker|staff|' +
      'employee)|intern|assistant|va|virtual assistant|freelancer|contractor|team member)s?',
    '(?:our|my|the) staff',
  ],
  rightsOwner: [
    '(?:the |a |this )?(?:brand|trademark|copyright|patent|rights|ip) (?:owner|holder|proprietor)s?',
    '(?:the |a |this )?rights?[- ]holders?',
    '(?:the|this) brand',
  ],
};

/** Fault words after a narrow target: "our VA was careless", "the brand owner is abusing the report tool". */
export const plainFaultAfterTarget = [
  '(?:was|were|is|are) (?:careless|negligent|to blame|at fault|responsible for (?:this|' +
    'the) (?:mistake|error|problem|issue)|dishonest|lying|incompetent|lazy|unprofessional|' +
    'malicious)',
  '(?:messed up|screwed up|lied|went rogue)',
  '(?:is|are|was|were) (?:abusing|misusing|weaponi[sz]ing|exploiting)',
  '(?:filed|made|submitted|sent|opened) (?:a |an )?(?:false|fake|fraudulent|bogus|unfair|malicious|baseless)',
  '(?:wants?|wanted|is trying|are trying|was trying|tried|tries) to (?:remove|eliminate|' +
    'get rid of|block|push out|kick out|shut down) (?:\\S+ ){0,2}?(?:us|sellers|resellers|' +
    'competition|competitors)',
  '(?:has|had) no (?:right|grounds|basis|valid (?:claim|reason))',
];

/** Fault words before a narrow target: "a mistake from the employee", "the negligence of our packer". */
export const plainFaultBeforeTarget = [
  'the (?:fault|mistake|error|negligence|carelessness) of',
  '(?:fault|mistake|error|negligence|carelessness|oversight)s? (?:was |were )?(?:made |committed )?(?:on the part of|by|from)',
];

/** Verbs and phrases that put a failure on the one named before them. */
export const failureAfterTarget = [
  'failed to',
  "(?:did not|didn't|didn’t|never|refused to|forgot to|neglected to) (?:scan|pick up|" +
    'collect|deliver|update|upload|follow|read|check|return|respond|reply|provide|honou?r|' +
    'ship|notify|inform|tell|warn|explain|meet|show up|communicate|understand|bother|' +
    'send|arrive)',
  'never (?:warned|told|notified|informed|explained|contacted|replied|responded|answered)',
  '(?:delivered|shipped|scanned|picked up|collected|dropped off) (?:\\S+ ){0,4}?(?:late|' +
    'too late|days late|after the (?:due|delivery|promised) date)',
  '(?:was|were|is|are) (?:late|slow|careless|negligent|responsible|to blame|at fault|' +
    'dishonest|lying|wrong|unreasonable|rude|abusive|fraudulent|malicious|incompetent|' +
    'unprofessional)',
  '(?:lost|damaged|delayed|misplaced|mishandled|mislabeled|mislabelled|misrouted|broke|' +
    'dropped|threw|tossed|kicked|crushed|smashed) (?:the|our|a|\\d+|some|many|several|' +
    'multiple|two|three|it|them|packages|parcels|boxes)',
  '(?:made|makes) (?:a|an|the) (?:mistake|error)s?',
  // "The holiday rush made it impossible to ship on time"
  '(?:made|makes|make) it (?:impossible|hard|difficult) (?:for us )?to',
  // "Some buyers abuse the return policy"
  '(?:abuse|abuses|are abusing|is abusing|exploit|exploits|are exploiting' +
    "|is exploiting|misuse|misuses) (?:the|our|amazon(?:'s|’s)?|a|this) " +
    '(?:\\S+ )?(?:returns?|refunds?|a-to-z|guarantee|policy|policies|system|claims?|process)',
  // Blame offered as a guess: "our supplier might have sent an older version", "the buyer may have thought it was fake"
  '(?:may|might|must|could) have (?:sent|shipped|supplied|delivered|packed|mixed up|swapped|lost|damaged|dropped|mislabell?ed|switched)',
  '(?:may|might|must|could) have (?:\\S+ ){0,6}?(?:thought|believed|assumed|misread|misunderstood|confused)',
  '(?:messed up|screwed up|lied|abused|scammed|misused|tampered|misread|misunderstood|misinterpreted)',
  '(?:provided|gave us|sent us|shipped us|supplied) (?:wrong|incorrect|false|fake|counterfeit|defective|damaged|faulty|bad)',
  // Their own mistaken belief or act; "customers mistakenly received the old version" is the seller's error, not theirs.
  '(?:wrongly|incorrectly|mistakenly|falsely|erroneously) (?:believed|thought|assumed|' +
    'understood|interpreted|read|concluded|reported|claimed|stated|said|filed|opened|' +
    'left|accused|flagged|marked|rated|ordered|used|installed|assembled|selected|chose|' +
    'expected|identified)',
  '(?:unfairly|unjustly) \\w+',
  '(?:filed|made|left|opened) (?:a |an )?(?:false|fake|fraudulent|bogus|unfair|malicious)',
  '(?:reported|targeted|attacked|sabotaged|framed|hijacked) (?:us|our (?:listing|listings|brand|product|page|asin)s?)',
];

/** Phrases that say "we are not responsible" on their own. */
export const blamePhrases = [
  "(?:it |this |that )?(?:was|is|were)(?: not|n't|n’t) (?:our|my) fault",
  'not our fault',
  'no fault of (?:our|my) own',
  '(?:beyond|outside|out of) (?:our|my) control',
  '(?:we|i) (?:are|were|was|am) not (?:responsible|to blame|at fault)',
  '(?:we|i) did nothing wrong',
  '(?:wrongly|incorrectly|unfairly|mistakenly|falsely|unjustly) (?:flagged|suspended|' +
    'deactivated|accused|penalized|penalised|reported|removed|blocked)',
  '(?:false|fake|fraudulent|malicious|bogus) (?:complaint|claim|report|accusation|allegation)s?',
  // "Fake reviews" is as often the seller's own admission in a review-manipulation plan: only these call a review false.
  '(?:false|malicious|bogus) reviews?',
  'unforeseen circumstances',
  'circumstances beyond',
  'one-time (?:supplier|carrier|courier|manufacturer) (?:issue|problem|mistake|error)',
  '(?:dishonest|fraudulent|lying|abusive|unreasonable|scamming) (?:buyer|customer)s?',
  '(?:buyer|customer) (?:abuse|fraud|error|mistake)',
  'the blame (?:lies|rests) with',
  // "This complaint came from a competitor", "a fake from another seller", "other sellers do the same"
  '(?:complaint|claim|report|review|notice)s? (?:\\S+ )?(?:came|comes|is|was|were|has ' +
    'been) (?:filed |made |submitted |sent )?(?:by|from) (?:a |our |one of our )?(?:competitor|' +
    'rival|hijacker|other seller)s?',
  '(?:fake|counterfeit|knock-?off|wrong item|used item)s? from (?:another|a different|a third-party|other) sellers?',
  '(?:other|many|most|all the|all) (?:other )?sellers (?:\\S+ )?(?:do|are doing|did|also do|sell) (?:the same|it|this|exactly the same)',
  '(?:blamed|accused) us',
  'on the word of (?:one|a|a single|this) (?:buyer|customer|complainant)',
  '(?:suspend|suspends|suspended|suspending|punish|punishes|punished|penali[sz]es?|' +
    'penali[sz]ed|ban|bans|banned) (?:an? )?(?:honest|innocent|good|legitimate|loyal) ' +
    '(?:seller|business)s?',
];

/** Whole phrases that blame one of the targets without naming a fault word around it. */
export const blamePhrasesByTarget = {
  buyer: [
    // "They were not real customers", "fake buyers"
    "(?:were|are|was|is)(?: not|n['’]t) (?:a |our )?(?:real|genuine|actual|legitimate|true) (?:customer|buyer|purchaser|order|purchase)s?",
    'not (?:real|genuine|actual|legitimate) (?:customer|buyer|purchaser)s?',
    'fake (?:buyer|customer|purchaser)s?',
  ],
  competitor: [
    // Hijackers: "someone hijacked our listing", "our listing was hijacked"
    '(?:someone|somebody|a (?:seller|hijacker|competitor)|another seller|other sellers) ' +
      '(?:has |had )?(?:hijacked|sabotaged|took over|jumped on|piggybacked on) (?:our|' +
      'my|the) (?:listing|brand|product|page|asin)s?',
    '(?:our|my|the) (?:listing|asin|page|brand|product page)s? (?:was|were|has been|had been|got) (?:hijacked|sabotaged|attacked)',
  ],
  staff: [
    '(?:careless|negligent|lazy|dishonest|rogue|disgruntled|incompetent) (?:employee|' +
      'worker|staff member|packer|va|virtual assistant|freelancer|contractor)s?',
  ],
  amazon: [
    // Amazon's warehouse: "the damage happened in Amazon's fulfillment center"
    '(?:happened|occurred|took place|was caused|were caused|were damaged|was damaged|' +
      'were lost|was lost|got lost|got damaged) (?:\\S+ )?(?:in|at|inside|by) (?:the ' +
      "|an )?(?:amazon(?:'s|’s)?|fba) (?:warehouse|fulfil?lment cent(?:er|re)|fc)s?",
  ],
};

/**
 * Arguing with the complaint instead of answering it: "the buyer claims it
 * is fake but it is genuine". Reviewers reverse on evidence, not on argument.
 * A bare "our products are 100% authentic" is left to the tone rules: it is
 * often the lead-in to the invoices that prove it.
 */
export const disputePhrases = [
  '(?:buyer|customer|complainant|owner|holder|brand|they|he|she)s? (?:\\S+ )?(?:claims?|' +
    'claimed|says?|said|alleges?|alleged|states?|stated|reports?|reported|complains?|' +
    'complained|thinks?|thought) (?:that )?(?:\\S+ ){0,10}?(?:but|however|yet|although|' +
    'though|whereas|when in fact|when actually|in fact|actually)(?: in fact| actually|' +
    " really)? (?:\\S+ ){0,5}?(?:is|was|are|were|it's|it’s)(?: in fact| actually| really)? " +
    '(?:100% |completely |totally |entirely |fully |absolutely |definitely |perfectly ' +
    ')?(?:genuine|authentic|original|brand new|real|legit|legitimate|as described|in ' +
    'perfect condition|not (?:fake|counterfeit|used|damaged|expired|defective|broken|' +
    'inauthentic))',
  '(?:there (?:is|was) )?nothing wrong with (?:the|our|my|this|these|that) (?:product|item|order|listing|unit|goods|parcel|package)s?',
  '(?:the |this |these )?(?:complaint|claim|allegation|accusation)s? (?:is|are|was|' +
    'were) (?:not (?:true|valid|accurate|correct|justified|fair)|untrue|invalid|baseless|' +
    'groundless|unfounded|unjustified)',
];

/** "caused by X", "due to X": blame when X is one of the targets. */
export const causeBeforeTarget = [
  '(?:caused|created|triggered|made) by',
  '(?:due|owing) to',
  'because of',
  'the (?:fault|mistake|error|negligence|failure) of',
  '(?:fault|mistake|error|negligence|failure) (?:on the part of|by)',
  // "errors in shipping from the transport company", "delays by the courier"
  '(?:errors?|mistakes?|delays?|failures?|damages?|negligence|mishandling|problems?|issues?)(?: (?:in|of|with|during) \\w+)? (?:from|by)',
  // "damaged in transit by the courier", "lost by UPS"
  '(?:lost|damaged|delayed|mishandled|misplaced|broken|crushed|misrouted|mislabell?ed|stolen)(?: in transit| on the way| in shipping)? by',
];

/** What may stand between a cause word and its target: one word, but not one that starts a clause ("due to which buyers…"). */
export const causeGap = '(?:(?!(?:which|whom|whose|that|this|these|those)\\s)\\w+ )?';

/** A clause about the target that goes on to its fault: "customers, who, upon seeing the date, mistakenly believed". */
export const relativeClause = ',? who,? [^.;!?]{0,160}?(?<![\\p{L}\\p{N}])';

/** "the carrier's mistake". */
export const possessedFault =
  "(?:'s|’s|s'|s’|'|’) (?:fault|mistake|error|negligence|failure|delay|delays|incompetence|problem|system error|carelessness)";

/**
 * The seller taking the fault on itself, in the same sentence that names the
 * other party: "our supplier shipped late, but we had no safety stock, so the
 * fault is ours". That is the admission reviewers want, not blame.
 */
export const ownedFault = [
  '(?:fault|mistake|error|responsibility|blame) (?:is|was|lies|lay|rests|rested|remains)' +
    ' (?:entirely |fully |wholly |solely |all |completely )?(?:ours|mine|with us|with me)',
  // "it was our mistake", "the error was ours"; "not our fault" is a denial.
  "(?<!(?:not|n't|n’t|no|nor|never) (?:\\S+ )?)(?:our|my) (?:own )?(?:fault|mistake|error|oversight|failure)(?! of)",
  '(?:we|i) (?:take|took|accept|accepted|bear|own) (?:full |complete |sole |the |all )*(?:responsibility|blame|fault)',
  '(?:we|i) (?:are|am|were|was) (?:fully |entirely |solely )?(?:responsible|to blame|at fault)(?=\\s*[.,;]|\\s*$| for' +
    ' (?:this|it|that|these|the (?:\\S+ )?(?:mistakes?|errors?|problems?|issues?|delays?|failures?|defects?|complaints?)))',
  // "we had no safety stock", "we lacked a second packer"; "we had no control" and "no way to know" are excuses.
  '(?:we|i) (?:had|have) no (?!control|choice|way|idea|say|influence' +
    '|option|options|reason|knowledge|means|hand|part|involvement|fault)\\w+',
  "(?:we|i) (?:lacked|failed to|forgot to|neglected to|did not have|didn’t have|didn't have) \\w+",
  "(?:we|i) (?:did not|didn't|didn’t|never) (?:check|inspect|test|verify|count|open|compare|review|confirm|train|ask for)",
];

/** Just before a target or a cause word: "it was not the buyer's fault", "none of this was caused by the carrier". */
export const negatedBefore =
  "(?:(?:not|n't|n’t|never|nor|no)(?: (?:the|a|an|our|their|any))?|none of (?:this|it|that|these|them|the \\S+) (?:was|were|is|are)) $";

/** Just after a target: a clause that says which one it is ("the carrier that lost 6 parcels"), not what it did to the seller. */
export const identifyingClause = "^(?:'s|’s|')? (?:that|who|which|whose) |^,? who ";

/**
 * Before a target named in an identifying clause: the seller acting on it
 * ("we no longer use the carrier that lost 6 parcels", "we replaced the
 * supplier who sent the wrong labels"), with no clause between.
 */
export const sellerActsOn =
  "(?<![\\p{L}\\p{N}'’])(?:we|i)(?: (?!(?:that|because|as|since|when|after|but|so|while|although|though|if|until|found" +
  '|learned|learnt|saw|noticed|believe|believed|think|thought|know|knew|realised|realized|discovered)\\b)[^\\s,;:]+)*? $';
