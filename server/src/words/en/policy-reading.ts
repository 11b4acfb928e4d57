/**
 * Reading or studying a policy offered as an action taken ("I have read the
 * policies", "we reviewed Amazon's guidelines"). Each flags its phrase.
 */
const reading =
  '(?:read|re-?read|reviewed|re-?reviewed|studied|gone through|went through|go through|looked through|looked at|researched|learned|' +
  'learnt|understood|' +
  'familiari[sz]ed (?:myself|ourselves) with|educated (?:myself|ourselves) (?:on|about|with)|acquainted (?:myself|ourselves) with|' +
  'made (?:myself|ourselves) familiar with|brushed up on)';
const rules =
  '(?:polic(?:y|ies)|guidelines?|terms(?: of service| and conditions)?|code of conduct|help pages?|rules|requirements|seller university|' +
  'regulations)';
/** Words between the verb and the policy, but no preposition: "we reviewed our listings against the policy" reviewed listings. */
const filler = '(?:(?!(?:against|for|with|to|under|in|on|from|by|and)\\s)\\S+ ){0,5}?';

export const policyReadingPatterns = [
  // "I have carefully read the Amazon policies", "We reviewed Amazon's selling policies and the help pages"
  `(?:(?:i|we) (?:have |had )?(?:now |since |also |then )?(?:\\S+ly )?(?:(?:read|reviewed|studied) and (?:\\S+ly )?)?${reading}` +
    ` (?:all |each of |every one of )?(?:of )?(?:the |amazon(?:'s|’s)? |our |your |these |those |this |that |its )?${filler}${rules})`,
  // "Read the drop shipping policy." as a bullet of its own
  `^(?:carefully |thoroughly )?(?:read|reviewed|studied) (?:all |each of )?(?:the |amazon(?:'s|’s)? )${filler}${rules}`,
  // "The policies have been read and understood by our team"
  `${rules} (?:have|has|were|was) (?:been )?(?:\\S+ly )?(?:read|reviewed|studied|gone through)`,
];
