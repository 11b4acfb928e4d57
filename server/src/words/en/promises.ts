/**
 * Words that promise instead of report. In the actions-taken section Amazon
 * wants what has been done; "we will" there reads as "not implemented yet".
 */
export const promisePatterns = [
  "(?:we|i|our team|the team|they|he|she|it)(?:'ll|’ll)",
  'will',
  "won't|won’t",
  'shall',
  "(?:am|are|is|'re|’re|'m|’m) (?:going|planning|preparing|about) to(?! (?:the|a|an|our|their|his|her)\\b)",
  '(?:we|i|our \\w+(?: \\w+)?|they) (?:now |also |still )?(?:plan|intend|aim|hope|want|wish|expect) to',
  // "we plan on hiring", "we are planning on", and "we going to" as sellers write it without "are".
  '(?:we|i|our \\w+(?: \\w+)?|they) (?:now |also |still )?(?:plan|plans|intend|intends) on',
  "(?:am|are|is|'re|’re|'m|’m) planning on",
  '(?:we|i|they) going to(?! (?:the|a|an|our|their|his|her)\\b)',
  '(?:would|will) like to',
];
