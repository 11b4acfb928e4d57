/**
 * Template text that holds the place of a date or of a number. An item with
 * "on [Date]" is the placeholder rule's to report, not untimed-action's; an
 * item with "[X] units" not unmeasurable-action's. Any other placeholder
 * ("ASIN B0XXXXXXXX", "TBD") leaves the item to be judged as it stands.
 */
const inside = '[^\\]\\r\\n]{0,60}';
export const timeSlotPatterns = [
  `\\[${inside}\\b(?:date|day|deadline|time|when|month|year|week)s?\\b${inside}\\]`,
  '<[^<>\\r\\n]{0,60}\\b(?:date|day|deadline|time|when)\\b[^<>\\r\\n]{0,60}>',
  '\\{\\{[^{}\\r\\n]{0,60}\\b(?:date|day|deadline|time|when)\\b[^{}\\r\\n]{0,60}\\}\\}',
  '\\b(?:MM|DD)/(?:DD|MM)/(?:YYYY|YY)\\b',
  '\\bYYYY-MM-DD\\b',
  '(?:\\[(?:X{1,3}|N)\\]|\\b(?:X{1,3}|N)\\b)\\s*(?:business |working |calendar )?(?:minutes?|hours?|days?|weeks?|months?)\\b',
];

export const quantitySlotPatterns = [
  `\\[${inside}\\b(?:number|count|how many|quantity|amount|percent|percentage|metric|target|figure|x|n)\\b${inside}\\]`,
  '\\[#\\]',
  '<[^<>\\r\\n]{0,60}\\b(?:number|count|how many|quantity|amount|percent|metric|target)\\b[^<>\\r\\n]{0,60}>',
  '\\{\\{[^{}\\r\\n]{0,60}\\b(?:number|count|quantity|amount|percent|metric|target)\\b[^{}\\r\\n]{0,60}\\}\\}',
  '\\$X+\\b',
  '\\b(?:X{1,3}|N)\\b(?=\\s*(?:%|(?:percent|hours?|days?|business days?|weeks?|months?|' +
    'units?|orders?|times|minutes?|people|staff|employees|SKUs?|ASINs?)\\b))',
];

/** Template text that holds the place of who runs a measure: "run by [role]", "<owner>". */
export const ownerSlotPatterns = [
  `\\[${inside}\\b(?:who|role|owner|person|name)\\b${inside}\\]`,
  '<[^<>\\r\\n]{0,60}\\b(?:who|role|owner|person)\\b[^<>\\r\\n]{0,60}>',
  '\\{\\{[^{}\\r\\n]{0,60}\\b(?:who|role|owner|person)\\b[^{}\\r\\n]{0,60}\\}\\}',
];
