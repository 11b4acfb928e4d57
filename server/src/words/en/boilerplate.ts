/**
 * Stock lines that reviewers have read thousands of times and discard: they
 * say nothing about this seller's problem. Each pattern flags its sentence.
 */
export const boilerplatePatterns = [
  // "We take customer satisfaction very seriously", "we take this matter seriously"
  '(?:we|i) (?:always |truly |really )?take (?:\\S+ ){0,4}?(?:very |extremely |most |so |really |incredibly )?seriously',
  "(?:customer|buyer|client)s?'? (?:satisfaction|experience|happiness|trust) (?:is|has always been|remains|will always be) (?:our |the |of (?:the )?)?(?:top|highest|number one|#1|first|utmost|main|primary|greatest)(?: priority| importance)?",
  '(?:we|i) (?:truly |greatly |deeply |really )?value (?:our|all our|every|each of our) (?:customers|buyers|clients)',
  '(?:we are|we have always been|i am) (?:fully |deeply |strongly )?committed to (?:providing |delivering |offering )?(?:the best|excellent|exceptional|outstanding|great|high[- ]quality|top[- ]quality|quality)',
  '(?:we|i) pride (?:ourselves|myself) on',
  // "We sincerely apologize for any inconvenience"
  '(?:apologi[sz]e|apologies|sorry) for (?:any|the|all the|all) (?:inconvenience|trouble|disruption|problems|issues)',
  // "We have been selling on Amazon for 6 years"
  '(?:we|i) have been (?:selling|a seller|an? (?:\\S+ ){0,2}seller|in business|operating|trading|doing business|on amazon)(?: on amazon)? (?:for|since) (?:over |more than |almost |nearly |about |the (?:last|past) )?(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several)',
  '(?:we|i) (?:have|had) (?:always )?(?:maintained|had|kept) (?:a |an )?(?:excellent|perfect|good|great|clean|spotless|outstanding) (?:track record|record|account health|standing|metrics|feedback)',
  // "We believe this suspension was made in error"
  '(?:believe|feel|think|are confident|are sure) (?:that )?(?:this|the|our) (?:suspension|deactivation|decision|block|removal|action|violation|complaint|notification|flag) (?:was|is|has been|may have been|might have been)(?: made)? (?:in error|a mistake|an error|unjustified|wrong|unwarranted|a misunderstanding)',
  // "I was not aware of this policy"
  '(?:i|we) (?:was|were) (?:not |un)aware (?:of|that) (?:this|the|amazon(?:\'s|’s)?|these|such|any) (?:\\S+ )?(?:policy|policies|rule|rules|requirement|requirements|guidelines?)',
  "(?:i|we) (?:did not|didn't|didn’t) know (?:about |of )?(?:this|the|amazon(?:'s|’s)?|these) (?:\\S+ )?(?:policy|policies|rule|rules|requirement|requirements|guidelines?)",
  // "We have reviewed our policies and procedures"
  '(?:have |has )?(?:thoroughly |carefully |fully )?reviewed (?:all )?(?:of )?(?:our|amazon(?:\'s|’s)?|the|all) (?:\\S+ )?(?:policies and procedures|policies|procedures and policies|processes and procedures|procedures)(?: (?:thoroughly|carefully|in detail))?(?=\\s*[.!;]|\\s*$| and (?:made|will|are|have|understand)| to (?:ensure|make sure|prevent))',
  // "This was a one-time supplier issue", "an isolated incident"
  '(?:was|is|were) (?:a |an |simply a |just a |only a )?(?:one-time|one time|one-off|isolated|rare|unusual|single) (?:\\S+ )?(?:issue|incident|mistake|error|problem|oversight|event|occurrence|case|situation)',
];
