/**
 * The words a section label is read by. The reader in engine/labels.ts
 * weighs them with the form of the line; these lists only say what the words
 * mean. Patterns are compiled once with compileWordList.
 */

/** Numbering or lettering before a label: "1.", "a)", "(b)", "IV.", "Part 1:", "Step 2 –", "Question 3". */
export const enumeratorPattern = new RegExp(
  String.raw`^(?:(?:part|step|section|question|phase|stage)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h]|one|two|three|` +
    String.raw`four)\b\s*[:.)\-–—]?\s*|\d{1,2}\s*(?:[.):]\s*|[-–—]\s+)|(?:[a-h]|[ivx]{1,4}|q)\s*[.):\-–—]\s+|` +
    // A keycap: "1️⃣ Root cause".
    String.raw`\d\uFE0F?\u20E3\s*|` +
    String.raw`\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)\s*)`,
  'iu',
);

/** A bare number before a capital: "1 Root cause" (but "2 more staff" is a sentence). Case matters, so it is a pattern of its own. */
export const bareNumberPattern = /^\d{1,2}[ \t]+(?=\p{Lu})/u;

/**
 * Amazon's own requests, which sellers copy as labels: "Greater detail on the
 * root cause(s) of …", "Please provide the actions …", "Explain how you will …".
 */
export const requestStart = /^(?:please|provide|give|share|explain|describe|detail|details|list|tell|greater|more|further|additional)\b/i;
export const requestPrefixPattern = new RegExp(
  String.raw`^(?:(?:please\s+)?(?:provide|give|share|explain|describe|detail|list|tell\s+us)\s+(?:us\s+)?(?:with\s+)?(?:more\s+|` +
    String.raw`greater\s+|further\s+)?(?:details?|information)?\s*(?:on|about|of|regarding)?\s*|(?:greater|` +
    String.raw`more|further|additional)\s+details?\s+(?:on|about|of|regarding)\s+|details?\s+(?:on|about|` +
    String.raw`of|regarding)\s+)`,
  'i',
);

/** Words before the head of a label: "The main", "Our detailed", "A brief". */
export const labelLeadWords = new Set([
  'the',
  'our',
  'my',
  'a',
  'an',
  'your',
  'these',
  'its',
  'main',
  'brief',
  'detailed',
  'full',
  'primary',
  'key',
  'specific',
  'actual',
  'underlying',
  'identified',
  'complete',
  'short',
  'overall',
  'real',
  'possible',
  'potential',
  'most',
  'likely',
  'final',
  'new',
  'all',
  'following',
]);

/** The first content word of a label: a question word or a noun that names a part of a POA. */
export const labelHeadWords = new Set([
  'root',
  'cause',
  'causes',
  'causal',
  'reason',
  'reasons',
  'why',
  'what',
  'how',
  'which',
  'when',
  'immediate',
  'corrective',
  'correction',
  'corrections',
  'remedial',
  'remediation',
  'action',
  'actions',
  'actionable',
  'step',
  'steps',
  'measure',
  'measures',
  'preventive',
  'preventative',
  'prevention',
  'preventing',
  'long',
  'long-term',
  'longterm',
  'future',
  'resolution',
  'resolving',
  'issue',
  'issues',
  'problem',
  'problems',
  'plan',
  'description',
  'explanation',
  'analysis',
  'investigation',
  'findings',
  'identification',
  'changes',
  'fixes',
  'solution',
  'solutions',
  'improvements',
  'controls',
  'safeguards',
  'going',
  'moving',
  'process',
  'summary',
  'cause(s)',
  'ongoing',
  'internal',
]);

/**
 * What each part's words are. A strong cue decides on its own; a weak one
 * ("actions", "steps", "issue") only where nothing stronger is said.
 */
export const kindCues = {
  'root-cause': {
    strong: [
      'root causes?',
      'root-?causes?',
      'rca',
      'causes?',
      'caused',
      'causal',
      'causing',
      'reasons?',
      'why',
      'went wrong',
      'what happened',
      'happened',
      'occurred',
      'led to',
      'investigation',
      'findings',
    ],
    weak: ['problems?', 'issues?', 'analysis', 'description', 'explanation'],
  },
  'actions-taken': {
    strong: [
      'actions? (?:we |i |you )?(?:have |has )?taken',
      'actions? (?:we |i )?took',
      'actions? (?:have|did) (?:you|we|i) (?:taken|take|done)',
      'short[- ]?term',
      'performed',
      'remed(?:y|ies)',
      'taken to (?:resolve|fix|address|correct|remedy)',
      'corrective',
      'corrections?',
      'immediate',
      'remedial',
      'remediation',
      'resolved?',
      'resolves',
      'resolution',
      'resolving',
      'fix',
      'fixed',
      'fixes',
      'fixing',
      'done',
      'did',
      'took',
      'completed',
      'addressed',
      'remedied',
      'corrected',
      'action taken',
    ],
    weak: ['actions?', 'steps?', 'measures?', 'taken', 'implemented', 'changes'],
  },
  'preventive-measures': {
    strong: [
      'prevent\\w*',
      'preventive',
      'preventative',
      'prevention',
      'recurr\\w*',
      're-?occurr\\w*',
      'future',
      'long[- ]?term',
      'systemic',
      'new (?:procedures?|processes|controls|policies|safeguards)',
      'quality control',
      'policy changes',
      'ensure compliance',
      'compliance (?:measures|plan|steps)',
      'going forward',
      'moving forward',
      'again',
      'avoid\\w*',
      'safeguards?',
      'controls',
      'from now on',
      'ongoing',
      'process (?:changes|improvements)',
    ],
    weak: ['improvements', 'plan'],
  },
} as const;

/** A word that names a part only when it is the whole label: "Problem:", "The issue", "Actions". */
export const loneCues = {
  'root-cause': ['problems?', 'issues?', 'analysis'],
  'actions-taken': ['actions?', 'action items?', 'solutions?'],
  'preventive-measures': ['improvements'],
} as const;

/** Words that join two parts in one label: "Root cause and corrective actions", "Actions / prevention". */
export const conjunctionPattern = /\s(?:and|&|\+|\/)\s|\//i;

/** Labels of a part that is none of the three: the plan's title, the documents, the sign-off. */
export const otherLabelPattern = new RegExp(
  String.raw`^(?:the |our |my )?(?:plan of action|action plan|poa|appeal|supporting documents?|documents?|` +
    String.raw`attachments?|evidence|appendix|summary|introduction|background|conclusion|contact(?: information|` +
    String.raw` details)?|signature|invoices?|references?|enclosures?|notes?|subject|order ids?|affected ` +
    String.raw`(?:asins?|orders?|listings?|products?)|account (?:information|details)|seller (?:information|` +
    String.raw`details)|business (?:information|details)|overview|asins?|timeline|results?(?: so far)?|additional ` +
    String.raw`(?:information|details|comments|notes))\b`,
  'i',
);

/** The heading of one of several problems, each with its own three parts: "Issue 2 - Missing tracking", "Problem #1:". */
export const problemHeadingPattern = /^(?:issue|problem|violation|complaint|concern)\s*(?:no\.?\s*|#\s*)?\d{1,2}(?![\p{L}\p{N}])/iu;

/** A plan's own title ("Plan of Action for …", "Appeal for …") is not one of the three parts, whatever it names. */
export const planTitlePattern = /\bplan of action\b|\baction plan\b|\bappeal\b|\bpoa\b/i;

/** An action plan of one part, not the plan's title: "Corrective Action Plan", "Preventive action plan". */
export const partPlanPattern =
  /\b(?:corrective|preventive|preventative|remedial|immediate|short[- ]?term|long[- ]?term)\s+action\s+plans?\b/i;

/** A sign-off line: the body of the letter is over. */
export const closingLine = new RegExp(
  String.raw`^(?:sincerely|best regards|kind regards|warm regards|regards|respectfully|yours (?:truly|faithfully|` +
    String.raw`sincerely)|thank you|thanks)\b[^.!?]{0,40}[,.!]?\s*$`,
  'i',
);

/** "Subject: …" or "Re: …" near the top names the plan. */
export const subjectLine = /^[ \t]*(?:subject|re)[ \t]*:[^\r\n]*/im;

/** A line that starts with its subject and goes on as a sentence: "We refunded …", "Our packer missed …". */
export const sentenceSubjectPattern = new RegExp(
  String.raw`^(?:i|we|they|he|she|it|there|this|these|those|you|i'm|we've|we're|i've|our (?:team|company|` +
    String.raw`staff|warehouse|business|packer|packers|supplier|manager)|my (?:team|company|staff|business))\b(?!\s*[:?]?\s*$)`,
  'i',
);

/** A verb of the main clause: with one of these at the top level, a line is a sentence, not a label. */
export const finiteVerbs = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'has',
  'had',
  'have',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  'include',
  'includes',
  'included',
  'led',
  'caused',
  'resulted',
  'follow',
  'follows',
]);

/** A contraction that holds a verb: "it's", "we're", "we've", "we'll". */
export const contractedVerb = /['’](?:s|re|ve|ll)$/;

/** Words before a verb that put it in a clause inside the label: "What we did", "Actions that have been taken". */
export const clauseOpenerWords = new Set([
  'what',
  'why',
  'how',
  'which',
  'when',
  'where',
  'that',
  'who',
  'whom',
  'whose',
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'this',
]);

/** Words that follow a verb as its object: "missed the pickup", "showed a gap". A past verb before one is a sentence's. */
export const objectWords = new Set([
  'a',
  'an',
  'the',
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'all',
  'every',
  'each',
  'some',
  'no',
  'it',
  'them',
  'us',
  'him',
  'me',
  'any',
]);

/** A question as Seller Central asks it: "What caused the issue?", "Did you …?". */
export const questionStartPattern = /^(?:what|why|how|which|when|where|who|did|do|does|have|has|can|will|were|was|is|are)\b/i;

/**
 * What a paragraph with no label says it is, for a letter-style POA: the
 * words of a cause, of something already done, of a control for the future.
 */
export const partCues = {
  'root-cause': [
    'because',
    'due to',
    'caused',
    'causes?',
    'reasons?',
    'led to',
    'resulted in',
    'as a result of',
    'failed to',
    'did not',
    "didn't",
    'didn’t',
    'was not',
    'were not',
    'had not',
    'have not',
    "wasn't",
    'wasn’t',
    'lack of',
    'lacked',
    'mistakes?',
    'errors?',
    'unaware',
    'overlooked',
    'oversight',
    'root cause',
    'the problem was',
    'the issue was',
    'went wrong',
    'happened',
    'occurred',
    'missed',
    '(?:we|i) (?:found|discovered|identified|realized|realised|learned|learnt|noticed|saw) that',
    '(?:our|an|the) (?:investigation|review|audit) (?:showed|found|revealed)',
    'did not (?:understand|know|realize|realise|check)',
  ],
  'actions-taken': [
    '(?:we|i|our team) (?:have |has |had )?(?:[a-z]+ly |also |already |then |now )*(?:refunded|' +
      'removed|deleted|replaced|retrained|trained|updated|contacted|reviewed|audited|' +
      'hired|installed|added|changed|switched|implemented|created|corrected|fixed|cancelled|' +
      'canceled|issued|sent|destroyed|disposed|ordered|extended|upgraded|inspected|resolved|' +
      'apologized|apologised|rewrote|rewritten|closed|suspended|stopped|checked|set up|' +
      'moved|appointed|introduced)',
    'immediately',
    'already',
    'completed',
    'have been (?:removed|refunded|replaced|updated|corrected|deleted)',
  ],
  'preventive-measures': [
    'will',
    'from now on',
    'going forward',
    'moving forward',
    'in the future',
    'to prevent',
    'to avoid',
    'to ensure',
    'never again',
    'again',
    'every (?:day|week|month|order|shipment|monday|tuesday|wednesday|thursday|friday|morning|evening)',
    'daily',
    'weekly',
    'monthly',
    'regularly',
    'each (?:order|shipment|week|month)',
    'in future',
  ],
} as const;

/** Words that say on their own what the paragraph is, and count twice: "The root cause was …", "What went wrong is …". */
export const decisivePartCues = {
  'root-cause': [
    'root causes?',
    'the (?:main |real |only |actual )?(?:problem|issue|reason|cause)s? (?:was|were|is|are)',
    'went wrong',
    'happened because',
  ],
  'actions-taken': ['corrective actions?', 'actions? (?:we|i) (?:have )?(?:already )?taken'],
  'preventive-measures': ['preventive measures?', 'preventative measures?', 'to prevent (?:this|it) from happening again'],
} as const;

/** A paragraph that frames the letter ("Thank you for the opportunity …", "Dear …") is not a part of the plan. */
export const letterFramePattern =
  /\b(?:dear|thank you|thanks for|opportunity to|plan of action|below|following plan|i am writing|we are writing|appeal)\b/i;

/** The key words of each part's labels, which a slip of the keyboard turns into "cuase" or "Actons". */
export const nearMissWords = {
  'root-cause': ['cause', 'causes', 'reason', 'reasons', 'wrong', 'happened'],
  'actions-taken': ['actions', 'action', 'corrective', 'taken', 'immediate', 'resolve'],
  'preventive-measures': ['preventive', 'preventative', 'prevention', 'prevent', 'future', 'recurrence'],
} as const;
