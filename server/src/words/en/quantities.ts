const numberWord =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|' +
  'fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|' +
  'seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|both|single|' +
  'double|twice|triple|half)';
const calendarWord =
  '(?:day|days|week|weeks|month|months|year|years|morning|evening|night|afternoon|weekday|' +
  'weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|shift|time)s?';

/**
 * What makes an action measurable: a number, a count in words, a percentage,
 * an amount, or a named quantity such as "every order", "all listings" or
 * "no order". A metric named without a target ("check the ODR") is not.
 */
export const quantityPatterns = [
  numberWord,
  '(?:a|an|one) (?:second|third|fourth|additional|extra) \\w+',
  `(?:all|every|each|no|any) (?:(?:of )?(?:our|the|their|its|these|those) )?(?!(?:${calendarWord}|` +
    `longer|later|more|matter|way|doubt|problem|issue|issues)\\b)\\w+`,
  '(?:entire|whole)',
  '(?:per cent|percent)',
  '(?:in full|full refunds?|fully refunded)',
];

/**
 * Things that come in numbers: an action on them can say how many ("all 14
 * orders", "20 random listings"). An act on none of them is a one-off ("we
 * ended our contract with the agency", "we wrote to the brand's counsel"),
 * with nothing to count.
 */
export const countablePatterns = [
  // Plural or mass nouns: "removed the listing" is one listing, "removed the listings" asks how many.
  '(?:orders|units|items|products|listings|ASINs|SKUs|FNSKUs|variations|inventory|stock|pieces|boxes|cartons|batches)',
  '(?:shipments|packages|parcels|deliveries|returns|refunds|replacements|labels|tracking numbers|invoices|receipts)',
  '(?:buyers|customers|clients|reviews|messages|claims|complaints|tickets|photos|images|titles|descriptions)',
  '(?:staff|employees|packers|pickers|workers|team members|people|suppliers|vendors)',
  // A metric read without its target: "check the late shipment rate" asks what figure is good enough.
  '(?:rates?|metrics|ODR|LSR|VTR|scores?)',
  // Any other plural after "the", "our" or "all": "checks the bottles before packing". Only where the noun
  // phrase ends with it, so that a plural modifier ("the rights owner's counsel") does not count.
  '(?<=\\b(?:the|our|my|all|these|those|its|their) (?:\\p{L}+ )?)\\p{L}{3,}[^sui\\W]s' +
    '(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:before|after|in|on|at|for|from|with|by|every|each|daily|weekly|monthly|that|which|who|to|and|or)\\b)',
];

const month =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * Calendar dates say when, not how much: their numbers do not make an action
 * measurable. Clock times and durations ("at 7 AM", "within 4 hours") do.
 */
export const calendarDatePatterns = [
  `${month} \\d{1,2}(?:st|nd|rd|th)?(?:,? (?:19|20)\\d{2})?`,
  `\\d{1,2}(?:st|nd|rd|th)? (?:of )?${month}(?:,? (?:19|20)\\d{2})?`,
  `${month},? (?:19|20)\\d{2}`,
  '(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}',
  '\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})',
  '(?:q[1-4]|h[12]|fy)\\s?(?:(?:19|20)\\d{2}|\\d{2})?',
  '(?<=(?:in|since|of|by|from|until|through|during|year|early|late|mid|end|,)\\s*)(?:19|20)\\d{2}',
];
