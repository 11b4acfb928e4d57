const plan =
  '(?:this|the|our|my) (?:\\S+ )?(?:plan|appeal|poa|letter|response|reply|information|explanation|submission|documents?|answer|update)s?';

const closingHopeTo = '(?:hear from you|receive a (?:positive|favou?rable) (?:response|reply|decision))';

/**
 * What a seller hopes of the reviewer at the close, which is courtesy, not a
 * doubt about an action: "We hope this plan is acceptable", "we hope you
 * will find it complete", "we hope for a positive response". A hope that the
 * plan will prevent something is still a hedge.
 */
const closingHopes = [
  `(?:that )?${plan} (?:is|are|will be|would be|proves?|seems?) (?:\\S+ )?(?:acceptable|satisfactory` +
    `|sufficient|enough|clear|helpful|complete|accepted|approved|in order|to your satisfaction|useful)`,
  `(?:that )?${plan} (?:meets?|satisf(?:y|ies)|address(?:es)?|answers?|covers?|resolves?) (?:all )?(?:of )?(?:your` +
    `|amazon(?:'s|’s)?|the|its) (?:\\S+ )?(?:requirements?|expectations?|standards?|concerns?|questions?|needs|criteria)`,
  '(?:that )?you (?:will |can |would |may )?(?:find|accept|approve|agree|consider|reconsider|reinstate|reactivate|restore)',
  'for (?:a |your )?(?:positive|favou?rable|quick|prompt|kind) (?:response|reply|outcome|decision|review|consideration)',
  `to ${closingHopeTo}`,
];

/** Weak commitment: words that leave the reviewer unsure anything will happen. */
export const hedgingPatterns = [
  // "Try our best" and "try harder" are the vague rule's: one finding for those words.
  '(?:try|trying) (?:hard )?to',
  'hopefully',
  '(?:we|i) (?:think|feel|guess|suppose|assume)(?! (?:about|of)\\b)',
  // "I hope this letter finds you well" is a greeting, and the boilerplate rule's.
  `(?:we|i) (?:hope|hoped)(?! (?:this|that|my|our) (?:\\S+ )?finds you| you (?:are|have been)| (?:${closingHopes.join('|')}))`,
  // "This should help reduce breakage", "we believe these changes will stop it"
  '(?:this|that|it|which|these (?:\\S+ )?) (?:should|could|may) (?:help (?:to )?)?(?:prevent|' +
    'reduce|minimi[sz]e|improve|stop|avoid|ensure|fix|solve|resolve|lower|decrease|eliminate)',
  '(?:we|i) believe (?:that )?(?:this|these|the new|our new) (?:\\S+ ){0,3}?(?:will|' +
    'should|would|can) (?:help|prevent|reduce|stop|avoid|ensure|fix|solve|resolve|improve)',
  `hope to(?! ${closingHopeTo})`,
  'might',
  '(?:wherever|where|if|when|whenever|as much as|as far as|to the extent|as often as) ' +
    '(?:it is |reasonably )?(?:possible|feasible|practical|practicable)',
  'perhaps',
  'maybe',
  'probably',
  'possibly',
  '(?:most |more than )?likely',
  'more or less',
  'to some extent',
  'ideally',
];
