/**
 * Words addressed to the reviewer rather than about the problem. Amazon asks
 * for no questions and no references to support cases: the reviewer judges
 * the plan as written and does not see Seller Support's cases or calls.
 */

/** Who is Amazon's side after "with": Seller Support, the account health team, "you". */
const amazonSide = '(?:the |an? |our |my |your )?(?:amazon|seller|account health|support|you|your|performance|the reviewer)';
/** "with the carrier", "at the post office", "through UPS's portal": someone other than Amazon. */
const withOtherParty = `(?:with|against|at|through|via) (?!${amazonSide})[\\p{L}\\p{N}]+`;
/**
 * After a case or ticket: one opened with someone else ("a case with the
 * carrier", "a ticket with UPS"): the seller's own claim, not a Seller
 * Support case the reviewer cannot see.
 */
const notWithAmazon = `(?! ${withOtherParty})`;

/** A case or ticket with someone other than Amazon: "a claim with UPS", "a ticket through the courier's portal". */
export const otherPartyCasePatterns = [`(?:case|ticket|claim|dispute)s? ${withOtherParty}`];
/** Amazon named in the same sentence: a case number there may be Seller Support's. */
export const amazonParty = /\b(?:amazon|seller support|account health|seller performance|your team)\b/i;

/** References to support cases, tickets and earlier conversations. Each flags its phrase. */
export const supportReferencePatterns = [
  // "Case ID 1234567890", "case #98765", "ticket no. 44512"
  `(?:case|ticket)(?: id| number| no\\.?| ref(?:erence)?)?:?\\s*#?\\s*\\d{5,}${notWithAmazon}`,
  `(?:case|ticket) (?:id|number|no\\.|ref(?:erence)? number)s?${notWithAmazon}`,
  `(?:seller support|account health support|support|open|opened|previous|earlier|pending) (?:case|ticket)s?${notWithAmazon}`,
  `(?:opened|raised|filed|submitted|logged) (?:a|another|the|an) (?:support )?(?:case|ticket)${notWithAmazon}`,
  // "as I told Seller Support", "as we explained to you"
  'as (?:i|we) (?:have )?(?:already |previously |also )?' +
    '(?:told|explained to|mentioned to|informed|said to|wrote to|stated to|explained|mentioned) ' +
    '(?:seller support|account health support|amazon(?: support)?|you|your team|the (?:support )?team|seller performance|the reviewer)',
  '(?:as )?(?:i|we) (?:have )?(?:already |previously )?(?:explained|mentioned|stated|said|wrote|noted) (?:in|on|during) (?:my|our|the) ' +
    '(?:previous|earlier|last|first|other) (?:case|ticket|appeal|e-?mail|message|submission|plan|poa|call|chat)',
  'as per (?:my|our) (?:previous |earlier |last |recent )?(?:discussion|conversation|call|phone call|chat|case|ticket)',
  // "Seller Support told us to …"
  '(?:seller|amazon|account health) support(?: team)? (?:told|advised|informed|assured|confirmed|said|suggested|asked|instructed)',
  '(?:told|advised|informed|assured|instructed) by (?:seller|amazon|account health) support',
];

/** Requests to the reviewer, with or without a question mark. Each flags its phrase. */
export const reviewerRequestPatterns = [
  '(?:please|kindly) (?:let (?:me|us) know|tell (?:me|us)|advise(?: (?:me|us))?|inform (?:me|us)|confirm|clarify|explain) ' +
    '(?:to (?:me|us) )?(?:what|which|how|why|when|whether)',
  '(?:let (?:me|us) know|tell (?:me|us)|advise (?:me|us)) what (?:else|more) (?:i|we) (?:need|have|should|must|can|am|are)',
  'is there anything (?:else |more )?(?:that )?(?:i|we) (?:need|have|should|must|can)',
  'what (?:else|more) (?:can|should|must|do|could|shall) (?:i|we)',
  '(?:can|could|would|will) you (?:please |kindly )?' +
    '(?:tell|let|advise|confirm|explain|clarify|help|specify|point|show|share|send|inform|look|check|' +
    'review|reinstate|reactivate|restore|reconsider|give|guide|assist)',
];

/** In a question, words that make it one to the reviewer: "you", Amazon, the seller's own account. */
export const reviewerCue = new RegExp(
  '\\b(?:you|your|yours|amazon|seller support|seller performance|reviewer|' +
    '(?:my|our) (?:account|appeal|listings?|funds|payments?|plan|store|selling privileges))\\b',
  'i',
);

/**
 * A question that Seller Central's form or Amazon's notice asks ("What
 * caused the issue?", "How do I reactivate my account?"), pasted on a line
 * of its own: a label, not a question to the reviewer.
 */
export const formQuestionWords = new RegExp(
  '\\b(?:cause[sd]?|root|happen(?:ed|ing)?|went wrong|prevent\\w*|resolve[sd]?|steps|actions?|measures|reinstate\\w*|reactivat\\w*|' +
    'again|recurr\\w*|fix(?:ed)?|address(?:ed)?)\\b',
  'i',
);
export const notAFormQuestion = /\b(?:please|kindly|tell|let (?:me|us)|advise|what else|anything else|can you|could you|would you)\b/i;

/**
 * How a letter's closing opens: thanks, hopes and requests to Amazon ("We
 * look forward to selling on Amazon again", "We request you to reactivate our
 * account", "Please reinstate …"). Each is tried at the start of a line.
 */
export const closingRemarkPatterns = [
  '(?:(?:once again|again|finally|lastly|in closing|in conclusion|to conclude),? )?(?:' +
    [
      '(?:we|i) (?:\\w+ly )?(?:look|are looking|am looking) forward',
      'looking forward',
      '(?:we|i) (?:\\w+ly )?(?:request|ask|urge|beg|implore|appeal to) (?:you|amazon|your|the (?:\\w+ ){0,2}?(?:team|reviewer))',
      '(?:we|i) (?:\\w+ly )?request (?:the )?(?:reinstatement|reactivation|restoration)',
      '(?:please|kindly) (?:\\w+ )?(?:reinstate|reactivate|restore|reconsider|review|accept|approve|consider|allow|give|grant)',
      '(?:we|i) (?:\\w+ly )?hope',
      '(?:we|i) (?:\\w+ly )?trust (?:that|you|this|amazon)',
      '(?:hope|hoping) (?:this|that|to|for|you)',
      'thank(?:s| you)',
      '(?:we|i) (?:\\w+ly )?(?:thank|appreciate)',
      '(?:we|i) (?:would|will|shall) (?:\\w+ly )?(?:be|remain) (?:\\w+ )?(?:grateful|thankful|obliged)',
      '(?:we|i) (?:are|am|remain) (?:\\w+ )?(?:grateful|thankful|available to|happy to answer|ready to answer|at your)',
      "(?:please )?(?:feel free|do not hesitate|don't hesitate|don’t hesitate) to",
      '(?:we|i) (?:\\w+ly )?assure you',
      "(?:we|i)(?: would|'d|’d) (?:\\w+ly )?(?:like|love) to (?:thank|continue|resume|sell again|get back|return)",
    ].join('|') +
    ')',
];
