/** Weak commitment: words that leave the reviewer unsure anything will happen. */
export const hedgingPatterns = [
  // "Try our best" and "try harder" are the vague rule's: one finding for those words.
  '(?:try|trying) (?:hard )?to',
  'hopefully',
  '(?:we|i) (?:think|feel|guess|suppose|assume)(?! (?:about|of)\\b)',
  '(?:we|i) (?:hope|hoped)',
  'hope to',
  'might',
  '(?:wherever|where|if|when|whenever|as much as|as far as|to the extent|as often as) (?:it is |reasonably )?(?:possible|feasible|practical|practicable)',
  'perhaps',
  'maybe',
  'probably',
  'possibly',
  '(?:most |more than )?likely',
  'more or less',
  'to some extent',
  'ideally',
];
