/** Weak commitment: words that leave the reviewer unsure anything will happen. */
export const hedgingPatterns = [
  // "Try our best" and "try harder" are the vague rule's: one finding for those words.
  '(?:try|trying) (?:hard )?to',
  'hopefully',
  '(?:we|i) (?:think|feel|guess|suppose|assume)(?! (?:about|of)\\b)',
  // "I hope this letter finds you well" is a greeting, and the boilerplate rule's.
  '(?:we|i) (?:hope|hoped)(?! (?:this|that|my|our) (?:\\S+ )?finds you| you (?:are|have been))',
  // "This should help reduce breakage", "we believe these changes will stop it"
  '(?:this|that|it|which|these (?:\\S+ )?) (?:should|could|may) (?:help (?:to )?)?(?:prevent|' +
    'reduce|minimi[sz]e|improve|stop|avoid|ensure|fix|solve|resolve|lower|decrease|eliminate)',
  '(?:we|i) believe (?:that )?(?:this|these|the new|our new) (?:\\S+ ){0,3}?(?:will|' +
    'should|would|can) (?:help|prevent|reduce|stop|avoid|ensure|fix|solve|resolve|improve)',
  'hope to',
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
