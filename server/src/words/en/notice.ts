/**
 * How Amazon's notices and rejections say what they are about. Each notice
 * type has the phrases that name it, as regular expression sources (built-in
 * lists only); the type whose phrases a notice uses most is its type.
 */
export const noticeTypes = [
  'late-shipment-rate',
  'order-defect-rate',
  'cancellation-rate',
  'valid-tracking-rate',
  'ip-trademark',
  'ip-copyright',
  'ip-patent',
  'inauthentic',
  'condition',
  'restricted-products',
  'review-manipulation',
  'related-accounts',
  'product-safety',
  'code-of-conduct',
] as const;
export type NoticeType = (typeof noticeTypes)[number];

/** The performance notices: a metric over a target, which the root cause must name. */
export const performanceTypes: readonly NoticeType[] = [
  'late-shipment-rate',
  'order-defect-rate',
  'cancellation-rate',
  'valid-tracking-rate',
];

/** Each type as the findings name it, after "a plan for": "a plan for the late shipment rate". */
export const noticeTypeNames: Record<NoticeType, string> = {
  'late-shipment-rate': 'the late shipment rate',
  'order-defect-rate': 'the order defect rate',
  'cancellation-rate': 'the cancellation rate',
  'valid-tracking-rate': 'the valid tracking rate',
  'ip-trademark': 'a trademark complaint',
  'ip-copyright': 'a copyright complaint',
  'ip-patent': 'a patent complaint',
  inauthentic: 'inauthentic items',
  condition: 'condition complaints (used sold as new)',
  'restricted-products': 'restricted products',
  'review-manipulation': 'review manipulation',
  'related-accounts': 'related accounts',
  'product-safety': 'product or food safety',
  'code-of-conduct': 'the Code of Conduct',
};

/** Other words for each type in `issue:` (lower case, spaces or hyphens alike). */
export const noticeTypeAliases: Record<string, NoticeType> = {
  lsr: 'late-shipment-rate',
  'late shipment': 'late-shipment-rate',
  'late dispatch': 'late-shipment-rate',
  'late dispatch rate': 'late-shipment-rate',
  odr: 'order-defect-rate',
  'order defect': 'order-defect-rate',
  cancellation: 'cancellation-rate',
  'cancel rate': 'cancellation-rate',
  'pre-fulfillment cancel rate': 'cancellation-rate',
  vtr: 'valid-tracking-rate',
  'valid tracking': 'valid-tracking-rate',
  trademark: 'ip-trademark',
  copyright: 'ip-copyright',
  patent: 'ip-patent',
  counterfeit: 'inauthentic',
  authenticity: 'inauthentic',
  'used sold as new': 'condition',
  'used-sold-as-new': 'condition',
  'item condition': 'condition',
  'not as described': 'condition',
  restricted: 'restricted-products',
  prohibited: 'restricted-products',
  reviews: 'review-manipulation',
  'related account': 'related-accounts',
  'product safety': 'product-safety',
  'food safety': 'product-safety',
  'food-safety': 'product-safety',
  conduct: 'code-of-conduct',
};

/** Phrases that say a notice is of a type, with their weight: a field ("Complaint Type: Trademark") counts more than a mention. */
export const noticeTypeSignals: Record<NoticeType, readonly [string, number][]> = {
  'late-shipment-rate': [
    ['late (?:shipment|dispatch) rate', 3],
    ['shipped late', 2],
    ['(?:expected|estimated) ship date', 1],
  ],
  'order-defect-rate': [
    ['order defect rate', 3],
    ['\\bODR\\b', 2],
    ['a-to-z (?:guarantee )?claims?', 1],
    ['negative feedback', 1],
    ['chargebacks?', 1],
  ],
  'cancellation-rate': [
    ['(?:pre-?fulfil?l?ment )?cancel(?:lation)? rate', 3],
    ['cancell?ed by (?:the )?seller', 1],
  ],
  'valid-tracking-rate': [
    ['valid tracking rate', 3],
    ['\\bVTR\\b', 2],
    ['tracking (?:numbers?|information) (?:that are|which are)? ?(?:not )?valid', 1],
  ],
  'ip-trademark': [
    ['complaint type:? *trademark', 4],
    ['trademark (?:infringement|complaint|owner|rights|violation)', 3],
    ['trademark', 1],
  ],
  'ip-copyright': [
    ['complaint type:? *copyright', 4],
    ['copyright (?:infringement|complaint|owner|violation)', 3],
    ['copyright', 1],
  ],
  'ip-patent': [
    ['complaint type:? *patent', 4],
    ['patent (?:infringement|complaint|owner|violation)', 3],
    ['utility patent|design patent|patent', 1],
  ],
  inauthentic: [
    ['complaint type:? *(?:inauthentic|counterfeit)', 4],
    ['inauthentic', 3],
    ['counterfeit', 2],
    ['authenticity', 2],
    ['supply chain', 1],
  ],
  condition: [
    ['used sold as new', 4],
    ['(?:item|product) condition', 3],
    ['condition complaints?', 3],
    ['sold as new', 2],
    ['not as described', 2],
    ['(?:used|damaged|opened) items?', 1],
  ],
  'restricted-products': [
    ['restricted products?', 4],
    ['prohibited (?:products?|items?|listings?)', 3],
    ['dangerous goods|hazmat', 2],
  ],
  'review-manipulation': [
    ['review manipulation', 4],
    ['manipulat\\w* (?:product |customer )?reviews?', 3],
    ['customer product reviews? polic(?:y|ies)', 3],
    ['incentivi[sz]ed reviews?', 2],
  ],
  'related-accounts': [
    ['related (?:seller )?accounts?', 4],
    ['(?:linked|associated|connected) (?:to|with) (?:an? )?(?:other|another|deactivated) (?:seller |selling )?accounts?', 3],
  ],
  'product-safety': [
    ['product safety', 4],
    ['food safety', 4],
    ['safety (?:complaints?|concerns?|issues?)', 2],
    ['expired|expiration date|recall', 1],
  ],
  'code-of-conduct': [
    ['seller code of conduct', 3],
    ['code of conduct', 2],
  ],
};

/**
 * The names of the metrics of performance notices, each with its type, what sellers abbreviate it to, and
 * what it counts: a root cause that names the defects ("11 negative feedbacks and 3 A-to-z claims") or the
 * orders confirmed after the expected ship date names the metric too.
 */
export const metricNames: readonly { type: NoticeType; name: string; pattern: string; short: string; counts: string }[] = [
  {
    type: 'order-defect-rate',
    name: 'Order Defect Rate',
    pattern: 'order defect rate',
    short: 'ODR',
    counts: 'negative feedbacks?|a-?to-?z(?: guarantee)? claims?|chargebacks?|order defects?',
  },
  {
    type: 'late-shipment-rate',
    name: 'Late Shipment Rate',
    pattern: 'late (?:shipment|dispatch) rate',
    short: 'LSR',
    counts:
      'late (?:shipments?|dispatch(?:es)?|orders)|(?:shipped|dispatched|confirmed) (?:\\w+ )?late|' +
      '(?:shipped|dispatched|confirmed|shipping) (?:\\w+ ){0,3}after the (?:expected |estimated )?(?:ship|dispatch) date|' +
      'missed the (?:expected |estimated )?(?:ship|dispatch) date',
  },
  {
    type: 'cancellation-rate',
    name: 'Cancellation Rate',
    pattern: '(?:pre-?fulfil?l?ment )?cancel(?:lation)? rate',
    short: 'CR',
    counts: 'cancell?ations?|cancell?ed (?:\\w+ ){0,2}orders?|orders? (?:\\w+ ){0,2}cancell?ed',
  },
  {
    type: 'valid-tracking-rate',
    name: 'Valid Tracking Rate',
    pattern: 'valid tracking rate',
    short: 'VTR',
    counts: '(?:valid|invalid|wrong|missing|no) tracking|tracking (?:numbers?|ids?|codes?|information)',
  },
];

/** Words before a percentage that make it the target, not the seller's figure: "the target of 1%", "under 1%". */
export const targetWords =
  '(?:target|goal|threshold|standard|requirement|limit|benchmark|under|below|less than|lower than|more than|above|greater than|' +
  'exceed(?:s|ed|ing)?|at least|no more than|at most|maximum|minimum)';

/**
 * A rejection's requests, by the part of the plan they ask about: "Greater
 * detail on the root cause(s) of …", "… on the actions you have taken to
 * resolve …", "… on the steps you have taken to prevent …", "Explain how you
 * will prevent …". The prevention pattern is tried first: "steps you have
 * taken to prevent" names steps taken too.
 */
export const requestOpeners =
  '(?:greater|more|further|additional) detail(?:s|ed information)? (?:on|about|of|regarding)|explain|describe|provide';
export const requestParts: readonly { part: 'root-cause' | 'actions-taken' | 'preventive-measures'; pattern: string }[] = [
  { part: 'preventive-measures', pattern: '\\bprevent|going forward|in the future|from happening again|recurr' },
  { part: 'root-cause', pattern: 'root[- ]?causes?(?:\\(s\\))?|why (?:this|the|it)|what caused|cause of' },
  { part: 'actions-taken', pattern: '\\bactions?\\b|\\bresolve|\\bcorrective|\\bsteps you (?:have )?taken|\\baddress(?:ed)?\\b' },
];

/** "The corrective action items you have listed have not been implemented." */
export const notImplementedPattern = '(?:have|has) not (?:yet )?been (?:fully )?implemented|not been put in place|were not implemented';
/** "The documents submitted are invalid." */
export const invalidDocumentsPattern =
  '(?:documents?|invoices?|attachments?|letters?)\\b[^.\\n]{0,80}?\\b(?:are|is|were|was) (?:invalid|not valid|unverifiable|illegible|' +
  'not acceptable|insufficient|could not be verified)|invalid (?:documents?|invoices?)';

/** "within 17 days", "in the next 72 hours": how long the seller has, as a notice says it. */
export const deadlineWithin =
  '(?:within|in the next|no later than|you have)\\s+(\\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|fifteen|seventeen|thirty)' +
  '\\s+(business\\s+|calendar\\s+)?(days?|hours?)';
/** "by December 7, 2026", "before 12/07/2026": the date after these words is the deadline. */
export const deadlineBefore = '\\b(?:by|before|no later than|until|on or before|deadline:?|due(?: date)?:?)\\s+';

export const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
  fifteen: 15,
  seventeen: 17,
  thirty: 30,
};
