/**
 * How English prose marks where a sentence ends, as data for the sentence
 * splitter: the abbreviations whose full stop does not end a sentence.
 */
export const abbreviations = [
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'nos',
  'vs',
  'approx',
  'est',
  'dept',
  'u.s',
  'u.k',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'fig',
  'ref',
];

/** A lone capital before a full stop is an initial ("J. Smith"), not a sentence's end. */
export const initial = /^[A-Z]$/;

/** A sentence goes on after a full stop when the next word starts with one of these: "approx. three units". */
export const continuesSentence = /[a-z]/;
