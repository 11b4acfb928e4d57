/** Template text that a seller must replace before submitting. */
export const placeholderPatterns = [
  // [Your Seller ID], [Date], [X]: brackets that are not a link (links are masked before rules run).
  '\\[(?!\\s*(?:\\d{1,3}|sic|\\.\\.\\.|…|\\^[^\\]]*)\\s*\\])[^\\[\\]\\r\\n]{1,80}\\]',
  // B0XXXXXXXX of any length, B07TLXXXX, B00XXXXX1, b0xxxxxxxx: an ASIN with a run of X for its letters.
  '\\b[Bb]0[A-Z0-9]{0,7}(?:X{3,}|x{3,})[A-Z0-9Xx]{0,7}\\b',
  '\\bX{10}\\b',
  // An order ID with X for its digits: XXX-XXXXXXX-XXXXXXX, 112-4567XXX-XXXXXXX.
  '\\b(?=[\\dXx-]*[Xx])[\\dXx]{3}-[\\dXx]{7}-[\\dXx]{7}\\b',
  // XXX, XXXX, xxxx standing alone, or masking digits (1234XXXX); not a size such as XXL or XXXL.
  '\\b(?:X{3,}|x{4,})\\b',
  '\\b(?:\\d{2,}X{3,}|X{3,}\\d{2,})\\b',
  // ASIN1, ASIN_2: a stand-in for an ASIN, never a real one.
  '\\bASIN[-_]?\\d{1,2}\\b',
  // "prepared by XYZ", "XYZ Trading Ltd": a stand-in name.
  '\\b(?:XYZ|xyz)\\b',
  '\\b(?:TBD|TBC|TODO|FIXME)\\b',
  '<(?:insert|enter|add|your|put|fill)\\b[^<>\\r\\n]{0,80}>',
  '\\{\\{[^{}\\r\\n]{0,80}\\}\\}',
  '\\b(?:MM|DD)/(?:DD|MM)/(?:YYYY|YY)\\b',
  '\\bYYYY-MM-DD\\b',
  '\\$X+\\b',
  '\\b(?:X{1,3}|N)\\b(?=\\s*(?:%|(?:percent|hours?|days?|business days?|weeks?|months?|' +
    'units?|orders?|times|minutes?|people|staff|employees|SKUs?|ASINs?)\\b))',
  '\\blorem ipsum\\b',
];

/**
 * Identifiers masked with asterisks (B0C5N****, 112-*******-*******, A3F2******).
 * Matched on the seller's text, not the masked one: Markdown reads the
 * asterisks as emphasis. A run of three asterisks after a letter or digit (two close bold).
 */
export const maskedIdPatterns = [
  '\\b[A-Z0-9]{2,}\\*{3,}(?:[A-Z0-9]*\\*+)*(?![*\\p{L}\\p{N}])',
  '\\b\\d{3}-[\\d*]{7}-[\\d*]{7}(?<=\\*[\\d*]*)(?![\\p{L}\\p{N}])',
];

/** A blank to fill: a run of dots or underscores in a line of text (a line of nothing else is a divider). */
export const blankLeaderPattern = /(?:\.{5,}|…{2,}|_{4,})/g;

/** Date layouts that a sentence may name as a format rather than leave to be filled ("the European format (DD/MM/YYYY)"). */
export const dateLayoutToken = /^(?:(?:MM|DD)\/(?:DD|MM)\/(?:YYYY|YY)|YYYY-MM-DD)$/;
export const dateFormatCue = /\b(?:format(?:s|ted|ting)?|notation|convention|layout|written as|printed as|style)\b/i;

/**
 * Instructions of a template left in the plan ("This is the most critical
 * section", "Explain here …", "Insert your …"). Each must open its sentence
 * or its line (after "Please" or "Note:"): mid-sentence, "we list the ASINs
 * here" is the seller's own voice. Each flags its sentence.
 */
export const templateInstructionPatterns = [
  'this (?:is|section is) (?:the )?(?:single )?most (?:critical|important|crucial) (?:section|part)',
  'in this (?:section|part),? (?:you (?:should|must|need to)|explain|describe|list|write|state|include|mention)',
  '(?:explain|describe|write|list|state|mention|include|insert|add|enter|put|summari[sz]e) (?:\\S+ ){0,6}?here\\b',
  '(?:insert|enter|fill in|type in) your\\b',
  'fill in (?:the|all) (?:blanks?|details|fields|brackets)',
  'replace (?:this|the|all) (?:\\S+ )?(?:text|placeholders?|examples?|sample|paragraph|line|wording|brackets)',
  'change (?:the|this) (?:text|wording|template) (?:according to|to (?:fit|match|suit)|for) your',
  '(?:delete|remove) this (?:line|text|note|section|paragraph|instruction|example)',
  '(?:use|adapt|customi[sz]e|edit|modify|tailor) this (?:template|sample|example)',
];
