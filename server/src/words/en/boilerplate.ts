/**
 * Stock lines that reviewers have read thousands of times and discard: they
 * say nothing about this seller's problem. Each pattern flags its sentence.
 * Excuses ("I was not aware of this policy") are in excuses.ts: the same
 * words are a stock line here and a non-cause in a root-cause section.
 */
const intensity = '(?:very |extremely |most |so |really |incredibly |utmost |highly )?';

export const boilerplatePatterns = [
  // "We take customer satisfaction very seriously", "Amazon takes late shipments very seriously", "violations are taken seriously"
  `(?:we|i) (?:always |truly |really )?take (?:\\S+ ){0,4}?${intensity}seriously`,
  `(?:amazon|you|your team|the (?:seller )?performance team) (?:takes?|take) (?:\\S+ ){0,8}?${intensity}seriously`,
  `(?:is|are|were|was|be|being) taken ${intensity}seriously`,
  "(?:customer|buyer|client)s?'? (?:satisfaction|experience|happiness|trust) (?:is|" +
    'has always been|remains|will always be) (?:our |the |of (?:the )?)?(?:top|highest|' +
    'number one|#1|first|utmost|main|primary|greatest)(?: priority| importance)?',
  '(?:we|i) (?:truly |greatly |deeply |really )?value (?:our|all our|every|each of our) (?:customers|buyers|clients)',
  "(?:we are|we're|we’re|we have always been|we remain|i am|i'm|i’m|i remain) (?:fully " +
    '|deeply |strongly |truly |always )?committed to (?:providing |delivering |offering ' +
    ')?(?:the best|excellent|exceptional|outstanding|great|high[- ]quality|top[- ]quality|' +
    'quality)',
  // "I'm committed to ensuring that Amazon's customers are completely satisfied"
  "(?:we are|we're|we’re|we remain|i am|i'm|i’m|i remain) (?:fully |deeply |strongly " +
    '|truly |always )?committed to (?:ensuring|making sure) (?:that )?(?:\\S+ ){0,3}?(?:customers?|' +
    'buyers?|clients?) (?:are|is|feel|remain|stay)s? (?:completely |fully |always |totally ' +
    '|100% )?(?:satisfied|happy|delighted)',
  // "My goal is to satisfy every single one of Amazon's customers"
  '(?:satisfy|delight|please|exceed the expectations of) (?:every|each|all|each and ' +
    'every) (?:single )?(?:one of )?(?:\\S+ )?(?:customers?|buyers?|clients?)',
  '(?:we|i) pride (?:ourselves|myself) on',
  // "I appreciate our relationship with Amazon", "I value the privilege of selling on Amazon"
  '(?:we|i) (?:truly |really |greatly |deeply |sincerely )?(?:appreciate|value|cherish|' +
    'treasure) (?:our|my|the) (?:\\S+ ){0,2}?(?:relationship|partnership|privilege|association)',
  // "I hope this letter finds you well"
  '(?:we|i) (?:hope|trust) (?:this|that|my|our) (?:\\S+ )?finds you well',
  '(?:we|i) hope you (?:are|have been) (?:doing )?well',
  // "We sincerely apologize for any inconvenience", "we sincerely apologize for the confusion", "I'm sorry for the harm"
  '(?:apologi[sz]e|apologies|sorry) (?:for|about) (?:any|the|all the|all|this|these|' +
    'our|my|such) (?:\\S+ ){0,3}?(?:inconvenience|trouble|disruption|problems?|issues?|' +
    'confusion|harm|frustration|disappointment|mistakes?|errors?|violations?|oversight|' +
    'situation|damage|concerns?|distress)',
  '(?:express|extend|offer) (?:our|my) (?:sincere |sincerest |deepest |heartfelt |genuine |humble )?apologies',
  // "We have been selling on Amazon for 6 years"
  '(?:we|i) have been (?:selling|a seller|an? (?:\\S+ ){0,2}seller|in business|operating|' +
    'trading|doing business|on amazon)(?: on amazon)? (?:for|since) (?:over |more than ' +
    '|almost |nearly |about |the (?:last|past) )?(?:\\d+|a|one|two|three|four|five|six|' +
    'seven|eight|nine|ten|many|several)',
  '(?:we|i) (?:have|had) (?:always )?(?:maintained|had|kept) (?:a |an )?(?:excellent|' +
    'perfect|good|great|clean|spotless|outstanding) (?:track record|record|account health|' +
    'standing|metrics|feedback)',
  // "We believe this suspension was made in error"
  '(?:believe|feel|think|are confident|are sure) (?:that )?(?:this|the|our) (?:suspension|' +
    'deactivation|decision|block|removal|action|violation|complaint|notification|flag) ' +
    '(?:was|is|has been|may have been|might have been)(?: made)? (?:in error|a mistake|' +
    'an error|unjustified|wrong|unwarranted|a misunderstanding)',
  // "We have reviewed our policies and procedures"
  '(?:have |has )?(?:thoroughly |carefully |fully )?reviewed (?:all )?(?:of )?(?:our|' +
    "amazon(?:'s|’s)?|the|all) (?:\\S+ )?(?:policies and procedures|policies|procedures " +
    'and policies|processes and procedures|procedures)(?: (?:thoroughly|carefully|in ' +
    'detail))?(?=\\s*[.!;]|\\s*$| and (?:made|will|are|have|understand)| to (?:ensure|' +
    'make sure|prevent))',
  // "This was a one-time packaging issue", "an isolated incident"; "a one-time supplier issue" is blame, and the blame rule's.
  '(?:was|is|were) (?:a |an |simply a |just a |only a )?(?:one-time|one time|one-off|' +
    'isolated|rare|unusual|single) (?!(?:supplier|carrier|courier|manufacturer) )(?:\\S+ ' +
    ')?(?:issue|incident|mistake|error|problem|oversight|event|occurrence|case|situation)',
];

/**
 * What ends the clause a stock phrase stands in: punctuation, or a word that
 * starts the next clause. A stock phrase whose clause goes on past it ("we
 * have been selling for 3 years with only one packer") is part of a sentence
 * about the problem.
 */
export const clauseEnd = '[,;:.!?()\\[\\]—–]|\\s(?:and|but|so|because|which|who|while|when|as|since|until|although|though|yet)\\b';

/** Facts in the rest of a sentence: a number, or a cause ("so we had no backup", "because no one checked"). */
export const factCue = '\\p{N}|\\b(?:so|because|therefore|as a result|which meant)\\b';
