const number =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-eight|twenty-four|seventy-two)';
const unit = '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|shifts?)';
const weekday = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)';
/** "3rd", "second": every 3rd day, every second week. */
const ordinal = '(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|tenth)';
const period =
  `(?:minute|hour|day|night|week|month|quarter|year|morning|evening|afternoon|shift|business ` +
  `day|working day|weekday|weekend|${weekday}|batch|order|shipment|delivery|listing|restock|inbound ` +
  `shipment|purchase order|po|cycle|season|sale)`;

/**
 * Time expressions chrono-node does not read: deadlines in durations,
 * frequencies, quarters and event-bound timing ("before every shipment").
 */
export const timePatterns = [
  `within (?:the )?(?:next |first |same )?(?:${number}[- ])?(?:business |working |calendar )?${unit}`,
  `within (?:the )?(?:same|next) (?:day|business day|working day|shift|week)`,
  // "for 7 days" is how long, not when: only "for the next 30 days" bounds a measure in time.
  `(?:in|after|every|each|over|past|last|next) ${number}[- ](?:business |working |calendar )?${unit}`,
  `for the (?:next|first|coming|following) ${number}[- ](?:business |working |calendar )?${unit}`,
  `${number}[- ](?:business |working |calendar )?${unit} (?:before|after|of|from|ahead)`,
  '(?:same|next)[- ](?:day|business day)',
  '(?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly|semi-?annually)',
  `(?:every|each|once (?:a|per|every)|twice (?:a|per|every)|${number}` +
    ` times (?:a|per|every)) (?:\\d+ |${ordinal} |other |single )?${period}s?`,
  `per (?:day|week|month|quarter|year|shift|${weekday})`,
  '24/7',
  '(?:a)?round[- ]the[- ]clock',
  '(?:before|after|prior to|upon|on receipt of|at) (?:each|every|any|all) \\w+',
  '(?:q[1-4]|h[12]|fy) ?(?:\\d{2}|\\d{4})',
  '(?:by|in|during|before|until|from|since|starting|end of) (?:q[1-4]|h[12])',
  '(?:end|close|start|beginning) of (?:the )?(?:day|week|month|quarter|year|business day)',
  '\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)',
  '\\d{1,2}:\\d{2}',
  '(?:19|20)\\d{2}-\\d{2}-\\d{2}',
  '\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})',
  '(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|week|month)|last (?:week|month)|next (?:week|month))',
];

/** Month names as sellers write them, for the shortcut that reads "March 3" and "3rd of March" without chrono-node. */
export const months = [
  { name: 'jan(?:uary)?', days: 31 },
  { name: 'feb(?:ruary)?', days: 28 },
  { name: 'mar(?:ch)?', days: 31 },
  { name: 'apr(?:il)?', days: 30 },
  { name: 'may', days: 31 },
  { name: 'june?', days: 30 },
  { name: 'july?', days: 31 },
  { name: 'aug(?:ust)?', days: 31 },
  { name: 'sep(?:t(?:ember)?)?', days: 30 },
  { name: 'oct(?:ober)?', days: 31 },
  { name: 'nov(?:ember)?', days: 30 },
  { name: 'dec(?:ember)?', days: 31 },
];

/** Month names chrono-node reads with a full stop after them ("Mar. 3"); it does not read "May. 3". */
export const monthsReadWithFullStop = months.map((m) => m.name).filter((name) => name !== 'may');

/** Ordinal endings of a day of the month: "3rd", "21st". */
export const dayOrdinal = '(?:st|nd|rd|th)?';

/** What may stand between a day and its month: "3rd of March". */
export const dayMonthJoiner = '(?:of\\s+)?';

/**
 * What chrono-node reads as a date but says nothing about when: "now", a lone
 * number, "9 A" of "9 A-to-z claims", a range of small numbers ("from 1-2 to 7 days"),
 * a duration ("for 7 days": how long, not when).
 */
export const notDates =
  '^(?:now|\\d{1,2}|\\d{1,2} ?[ap]|second|a second|one|(?:from |between )?\\d{1,2} ' +
  '?(?:-|–|to|and) ?\\d{1,2}|for (?:\\d+|a|an|one|two|three|few) (?:minute|hour|day|' +
  'week|month|year)s?)$';

const triggerVerbs =
  '(?:publish|list|relist|ship|dispatch|send|launch|upload|activate|restock|reorder|' +
  'pack|label|print|confirm|create|add|source|onboard|hire|receive|approve|accept|arrive|' +
  'go live)';
const verbEnding = '(?:e|es|s|ed|d|ing|ped|ping|led|ling)?';

/**
 * Prevention tied to an event, which says when it runs as well as a date
 * does: "before publishing", "whenever we add a supplier", "on arrival of
 * each shipment", "in their first week". Read in preventive measures only:
 * what was done needs its date.
 */
export const eventTriggerPatterns = [
  `(?:before|after|prior to|upon|when|whenever|once|as soon as|each time|every time|any time|` +
    `anytime) (?:(?:we|they|our|the|a|an|each|every|any|new|it|its|their|someone) (?:\\w+ ){0,2}?)?${triggerVerbs}${verbEnding}`,
  "(?:whenever|each time|every time|any time|anytime) (?!(?:it is |it's |it’s )?(?:possible|" +
    'feasible|practical|needed|necessary|required|appropriate|we can)(?![\\p{L}]))\\w+',
  '(?:on|upon|at) (?:the )?(?:arrival|receipt|delivery|intake|check-in)(?: of)?',
  '(?:in|during|within) (?:their|his|her|the|each|every|a|its) (?:first|initial|opening) ' +
    '(?:\\w+ )?(?:days?|weeks?|months?|shifts?|orders?|shipments?|batch(?:es)?)',
  '(?:during|at|in) (?:their |the |each |every )?(?:onboarding|induction|orientation)',
  'as soon as (?!possible|we can|practicable|feasible)\\w+',
  // A condition sets a measure off as an event does: "in case our card expires, …", "if a listing gets 2 complaints, …".
  '(?:in case|in the event)(?: of| that)? (?!(?:of )?(?:need|needed|necessary|possible|required)\\b)\\w+',
  '(?<=^\\s*)if (?!(?:needed|necessary|possible|required|applicable|appropriate)\\b)\\w+',
  // The first or next of what comes in turn: "before the first order", "with their first shipment".
  '(?:before|after|prior to|upon|with|at) (?:the|their|its|our|each|every|any|a) (?:very )?(?:first|next|initial) \\w+',
];

/**
 * Prevention that runs all the time, which says when as a frequency does: "in
 * real time", "a real-time stock sync" ("at all times" and "24/7" are times
 * of any item). Read in preventive measures only, as the events are.
 * "Continuously" is not here: it is vague's (it says no frequency a reviewer
 * can check).
 */
export const continuousPatterns = ['(?:in )?real[- ]time'];
