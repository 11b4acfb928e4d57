/**
 * Sentences that introduce the business: its founding, history, size and
 * experience. Amazon asks sellers to leave the introduction out. A strong
 * cue makes a paragraph an introduction by itself; weak cues need company.
 */
const company = '(?:company|business|store|shop|brand|firm|enterprise)';

export const introductionStrongPatterns = [
  // "We were founded in 2012", "Our company was established by my father"
  `(?:we|i|our ${company}|(?:the|my|this) ${company}) (?:\\S+ ){0,4}?(?:was |were |has been |have been )?` +
    '(?:founded|established|incorporated)',
  // "We started our business in 2015", "I set up the store in 2019"
  `(?:started|set up|launched|opened|founded|began) (?:our|my|the|this) (?:own )?(?:small |family |online )?${company}`,
  `our ${company} (?:started|began|launched|opened) (?:in|back in|over|more than) `,
  // "We are a family business", "I am a small independent company based in Leeds"
  `(?:we are|we're|i am|i'm|we have always been) (?:a|an) (?:\\S+ ){0,3}?(?:family|small|independent|local|sole trader|start-?up)\\S* ` +
    `(?:\\S+ ){0,2}?${company}`,
  `(?:family|father|mother|parents|husband|wife|brother|sister)(?:-| and )?(?:owned|run|operated)(?: and (?:owned|run|operated))? ` +
    company,
  `(?:we are|we're|i am|i'm) (?:a|an) (?:\\S+ ){0,3}?${company} ` +
    '(?:based|located|headquartered|founded|established|operating|specialising|specializing|with (?:over |more than )?\\d)',
  '(?:our|my) (?:mission|vision|company values|story) (?:is|has always been|began)',
  // "Pinecrest Supply LLC is a family business in Ohio"
  `(?:LLC|Ltd\\.?|Limited|Inc\\.?|GmbH|Corp\\.?|our ${company}|my ${company}) (?:is|has been) (?:a|an) (?:\\S+ ){0,3}?${company}`,
];

export const introductionWeakPatterns = [
  // "We have 20 employees", "Our company employs 40 people", "a team of 12"
  `(?:we|our ${company}|our team) (?:\\S+ ){0,2}?(?:has|have|employs?|is made up of|consists of) ` +
    '(?:a team of |over |more than |around |about |nearly )?\\d+ ' +
    '(?:full-time |part-time )?(?:employees|staff|people|workers|team members|members of staff)',
  'a team of (?:over |more than |around |about )?\\d+ (?:employees|staff|people|professionals)',
  '(?:\\d+|many|several|over \\d+|more than \\d+) years (?:of )?' +
    '(?:experience|in (?:business|e-?commerce|retail|the industry|this industry|trade))',
  '(?:we|i) have been (?:selling|in business|trading|operating|a seller|an amazon seller)(?: on amazon)? (?:since|for)',
  '(?:selling|sellers?|trading) (?:on amazon )?since (?:19|20)\\d{2}',
  '(?:thousands|hundreds|millions|tens of thousands) of (?:happy |satisfied |loyal |repeat )?(?:customers|buyers|orders)',
  '(?:served|sold to|shipped to) (?:over |more than )?[\\d,]{4,} (?:customers|buyers)',
  `(?:we|our ${company}) (?:specialise|specialize|specialises|specializes) in`,
  `(?:we|our ${company}) (?:is |are )?(?:based|located|headquartered) in \\p{Lu}`,
  '(?:annual|yearly) (?:revenue|turnover|sales) of',
  // "We sell 96 kitchen products", "we carry over 300 SKUs"
  '(?:we|i) (?:sell|carry|offer|stock|list) (?:over |more than |around |about |nearly )?\\d+ ' +
    '(?:\\S+ ){0,2}?(?:products|items|SKUs|brands|listings)',
];
