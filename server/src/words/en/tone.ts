/**
 * Emotion, pleading and threats: Amazon asks for no emotive language, and a
 * reviewer reads these as a seller arguing instead of fixing.
 */
const feeling =
  '(?:very |so |extremely |deeply |really |truly |completely |totally |quite )?(?:disappointed|' +
  'upset|angry|sad|hurt|confused|stressed|scared|helpless|hopeless|desperate|shattered|' +
  'frustrated|shocked|devastated|heartbroken|in shock|at a loss)';

export const toneGroups: { kind: 'emotion' | 'pleading' | 'threat'; patterns: string[] }[] = [
  {
    kind: 'emotion',
    patterns: [
      'unfair(?:ly|ness)?',
      // "It is not fair that we are punished"; "the price was not fair to buyers" is a fact.
      "(?:it|this|that)(?: (?:is|was|seems|feels)(?: not|n't|n’t)|(?:'s|’s) not" +
        "|isn't|isn’t|wasn't|wasn’t) fair(?! (?:to|for) (?:the )?(?:buyers?|customers?))",
      'not fair (?:to|on) (?:us|me|our|my)',
      "(?:we are|we were|we have been|we’re|we're|i am|i was|i have been|i’m|i'm|being) (?:\\S+ )?punished",
      'unjust(?:ly|ified)?',
      'injustice',
      'ridiculous(?:ly)?',
      'absurd',
      'outrag(?:ed|eous)',
      'heartbr(?:oken|eaking)',
      'devastat(?:ed|ing)',
      'shock(?:ed|ing)',
      // Buyers may be frustrated; the seller being so is the emotion.
      'frustrating',
      'furious',
      'disgust(?:ed|ing)',
      'apall(?:ed|ing)|appall(?:ed|ing)',
      'insane',
      'unbelievabl[ey]',
      'nightmare',
      'humiliat(?:ed|ing)',
      'betrayed',
      'heartless',
      'cruel',
      `(?:(?:we|i) (?:am|are|were|was|feel|felt|have been|got)|i'm|i’m|we're|we’re) ${feeling}(?:,? and ${feeling})?`,
      '(?:our|my) (?:frustration|anger|disappointment)',
      'in tears',
      'makes? no sense',
      '(?:this|it) is (?:a )?(?:joke|disgrace|scandal)',
    ],
  },
  {
    kind: 'pleading',
    patterns: [
      'beg|begs|begg(?:ed|ing)',
      'i beg you',
      'have mercy',
      'mercy',
      'desperately',
      // A plain "Please reinstate our account." closes many good plans: only a doubled or hardship plea pleads.
      'please,? (?:please|help|understand|give (?:us|me)|' + "forgive|have|do not|don't|don’t|i have|we have)",
      '(?:i|we) have (?:a|young|three|two|four|\\d+) (?:family|families|kids|children)',
      // "Our family depends on this business"; "our staff rely on the checklist" is a fact.
      '(?:my|our) (?:whole |entire |young )?(?:family|families|kids|children|employees|' +
        "staff|workers)(?:'s|’s)? (?:livelihoods? |futures? |income |jobs )?(?:depend|" +
        'depends|rely|relies|rests?) (?:entirely |completely |solely |fully )?on (?:me|' +
        'us|it|(?:this|our|my|the|these) (?:business|account|store|shop|income|sales|company|' +
        'job|jobs|work|selling))',
      '(?:my|our) (?:whole |entire |young )?(?:family|families|kids|children|employees|' +
        "staff|workers)(?:'s|’s)? (?:livelihoods? |futures? |income |jobs )?(?:will starve|" +
        'will suffer|(?:is|are) at stake)',
      '(?:my|our) (?:only|sole|main|primary) (?:source of )?(?:income|livelihood)',
      '(?:this|our|my) (?:business|account|store|shop|company) is (?:my|our) (?:whole |entire )?(?:life|livelihood|everything)',
      '(?:feed|support|provide for) (?:my|our) (?:family|families|kids|children|wife|husband|parents)',
      '(?:employees|families|people|workers|staff) (?:will |would |could )?lose (?:their|our) (?:jobs|income|livelihoods?|homes?)',
      'single (?:mother|father|parent|mom|mum|dad)',
      'kids to feed',
      'mouths to feed',
      'life savings',
      'lose everything',
      '(?:go|going) bankrupt',
      'second chance',
      'last chance',
    ],
  },
  {
    kind: 'threat',
    patterns: [
      'legal (?:action|actions|proceedings|steps|recourse|remedies|consequences)',
      'lawsuit',
      'class action',
      '(?:take|taking|bring|bringing) (?:this|amazon|you|the matter|it) to court',
      'see you in court',
      '(?:will|shall|would|going to|intend to|plan to|prepared to|forced to|have to|' +
        'no choice but to) (?:sue|file a lawsuit|go to court|contact (?:my|our|a) (?:lawyer|' +
        'attorney)|involve (?:my|our|a) (?:lawyer|attorney))',
      'sue amazon',
      '(?:hire|hired|hiring|contact|contacted|get|involve|involved|consult(?:ed)?) (?:a|' +
        'an|my|our) (?:lawyer|attorney|solicitor)s? (?:to|against|about (?:this|the) (?:suspension|' +
        'deactivation|decision))',
      '(?:my|our) (?:lawyer|attorney|solicitor|legal team)s? (?:will|is going to|are ' +
        'going to|has been|have been|is|are) (?:contact|sue|file|take|pursue|preparing|' +
        'ready|instructed|informed|involved|looking)\\w*',
      '(?:report|reporting|complain|complaining) (?:amazon |this |you )?to the (?:ftc|' +
        'bbb|better business bureau|attorney general|media|press)',
    ],
  },
];

/**
 * English words that, written in capitals, are shouting rather than an
 * acronym: "We did NOT sell fakes", "this is NEVER acceptable". A capitalised
 * token not in this list (ASIN, FBA, ODR, LLC, a brand) is left alone.
 */
export const shoutedWords = [
  'not',
  'never',
  'always',
  'all',
  'no',
  'nothing',
  'none',
  'every',
  'everything',
  'very',
  'only',
  'ever',
  'again',
  'anything',
  'must',
  'will',
  'did',
  'do',
  'does',
  'done',
  'have',
  'has',
  'had',
  'fault',
  'wrong',
  'unfair',
  'innocent',
  'genuine',
  'authentic',
  'legitimate',
  'legit',
  'please',
  'help',
  'urgent',
  'immediately',
  'totally',
  'completely',
  'absolutely',
  'really',
  'huge',
  'seriously',
  'false',
  'fake',
  'lie',
  'lies',
  'lying',
  'honest',
  'mistake',
  'even',
  'zero',
  'without',
  'because',
  'why',
  'cannot',
  "can't",
  "don't",
  "didn't",
  "won't",
  'nobody',
  'everyone',
  'hundreds',
  'thousands',
  'entire',
  'refuse',
  'stop',
  'reinstate',
  'suspended',
  'suspension',
  'deactivated',
  'livelihood',
];

/**
 * Capitals that are a printed label, not a raised voice: the words on a
 * sticker or a box, named as such. After the run, what bears it ("a NOT FOR
 * RESALE sticker", "with DO NOT STACK tape"), when an article or a preposition
 * comes before it; before the run, the words that quote it ("marked NOT FOR
 * RESALE", "the carton reads DO NOT OPEN").
 */
export const printedLabelAfter =
  '^\\s*(?:sticker|label|stamp|tag|mark|marking|warning|sign|notice|seal|tape|print|imprint|text|wording|message|banner|' +
  'insert|card|legend|badge|symbol|logo|box|carton|heading|header|title|line|statement|slogan|claim)s?(?![\\p{L}\\p{N}])';
export const articleBefore = '(?<![\\p{L}\\p{N}])(?:a|an|the|its|their|our|his|her|this|that|these|those|each|every|with|without|no)\\s+$';
export const printedLabelBefore =
  '(?<![\\p{L}\\p{N}])(?:marked|stamped|printed|labell?ed|tagged|titled|headed|reads|reading|read|says|saying|said|written|' +
  'wrote|words?|wording|text|caption|legend)(?:\\s+(?:with|as|in))?(?:\\s+(?:the\\s+)?(?:words?|text|wording|phrase))?\\s*:?\\s*$';
