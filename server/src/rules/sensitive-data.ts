import { closingLine } from '../engine/labels';
import type { PlanOfAction } from '../engine/model';
import { compileWordList, quote } from '../engine/patterns';
import type { Span } from '../engine/text';
import {
  addresseeWords,
  amazonMailDomain,
  amazonPlaceBefore,
  businessAddressKinds,
  deliveryBreak,
  organisationMailboxes,
  phoneCues,
  premisesNouns,
  premisesOwners,
  streetAbbreviations,
  streetTypes,
} from '../words/en/addresses';
import type { Rule, RuleFinding } from '../engine/rule';

/** Around each "@": the local part before it, the domain after it. */
const emailLocal = /[A-Za-z0-9._%+-]+$/;
const organisationMailbox = new RegExp(`^(?:${organisationMailboxes.join('|')})$`, 'i');
const emailDomain = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/u;

/**
 * Phone numbers by shape: "(555) 123-4567", "555-123-4567", "555.123.4567",
 * "+1 555 123 4567", "+44 20 7946 0958". Order IDs, dates and ranges
 * ("1-2 days") have other shapes. A run of bare digits is a phone number only
 * after a cue ("phone: 5551234567").
 */
const phoneShape = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:\+1[\s.-]?)?\(\d{3}\)\s?\d{3}[\s.-]\d{4}|(?:\+?1[\s.-])?\d{3}([.-])\d{3}\1\d{4}|` +
    String.raw`(?:\+?1 )?\d{3} \d{3} \d{4}|\+[2-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,5})(?![\p{L}\p{N}])`,
  'gu',
);
const cuedPhone = compileWordList([`(?:${phoneCues.join('|')})(?: (?:number|no\\.?|#))?:? (?:is |at |on )?\\+?\\d{10,13}`], 'gi');
const cuedDigits = /\d{10}/;
/** Card numbers: 13 to 19 digits, in groups of four or as one run. */
const cardCandidate = /(?<![\p{L}\p{N}-])(?:\d{4}[ -]){2,3}\d{1,7}(?![\p{L}\p{N}]|-\d)|(?<![\p{L}\p{N}-])\d{13,19}(?![\p{L}\p{N}]|-\d)/gu;
const street = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,6}[A-Za-z]?\\s+(?:[NSEW]\\.?\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,3}(?:st|` +
    `nd|rd|th))\\s+){1,3}(?:(?:${streetTypes.join('|')})\\b|(?:${streetAbbreviations.join('|')})\\b\\.?)(?:,?\\s+(?:Apt|` +
    `Apartment|Suite|Ste|Unit|#)\\.?\\s*#?\\w+)?`,
  'gu',
);

const premises = `(?:${premisesNouns.join('|')})(?:s|es)?`.replace(/ /g, '\\s+');
const kinds = `(?:${businessAddressKinds.join('|')})`;
/**
 * The places and the people a street address may belong to, each in a named
 * group: the seller's own ("our warehouse", "his own warehouse", "the address
 * of our office"), a business's kind of address ("the return address"), a
 * buyer, or a bare "address" (someone's, not said whose).
 */
const addressOwner = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<owned>${premisesOwners}\s+` +
    String.raw`(?:(?:new|main|old|second|first|usual|current)\s+)?(?:${kinds}\s+)?${premises}|` +
    String.raw`(?:address|premises)\s+of\s+${premisesOwners}\s+(?:[\p{L}-]+\s+)?${premises})|(?<kind>${kinds}\s+address(?:es)?)|` +
    String.raw`(?<buyer>${addresseeWords}(?:'s|’s|s'|s’)?)|(?<place>address(?:es)?|location))(?![\p{L}\p{N}])`,
  'giu',
);
const somewhereElse = new RegExp(String.raw`(?<![\p{L}\p{N}])${deliveryBreak}(?![\p{L}\p{N}])`, 'iu');
/** Where a sentence starts, for the words that may own an address in it. */
const sentenceBreak = /[.!?;](?=\s+\p{Lu})|[\r\n]/gu;

/**
 * Whether the nearest place or person before a street, in its sentence, is
 * the seller's own: "his own warehouse in 15 Pine Road", "we changed our
 * return address to 14 Mill Lane". A buyer or a bare "address" named after
 * it, a parcel going to the street, or another street between them, make it
 * someone else's; so does a buyer before a return address ("the customer
 * gave her return address as …").
 */
function isOwnPlace(text: string, streetStart: number, previousStreetEnd: number): boolean {
  let from = Math.max(0, streetStart - 200, previousStreetEnd);
  const window = text.slice(from, streetStart);
  let lastBreak = 0;
  for (const match of window.matchAll(sentenceBreak)) lastBreak = match.index + match[0].length;
  from += lastBreak;
  const words = text.slice(from, streetStart);
  let last: RegExpExecArray | undefined;
  let buyerBefore = false;
  addressOwner.lastIndex = 0;
  for (let match = addressOwner.exec(words); match; match = addressOwner.exec(words)) {
    if (last?.groups?.buyer) buyerBefore = true;
    last = match;
  }
  const groups = last?.groups;
  if (!last || !(groups?.owned || (groups?.kind && !buyerBefore))) return false;
  return !somewhereElse.test(words.slice(last.index + last[0].length));
}

/**
 * A business the seller buys from: its address, phone and website are what a
 * reviewer asks for (an inauthentic or IP appeal names the supplier in full),
 * not a buyer's data. Only where the sentence names no buyer.
 */
const businessParty = new RegExp(
  String.raw`\b(?:suppliers?|manufacturers?|distributors?|wholesalers?|vendors?|factory|factories|brand owner|rights owner|` +
    String.raw`(?:Ltd|LLC|L\.L\.C|Inc|GmbH|Corp|Co|S\.?A|S\.?L|B\.?V|Pty)\b\.?)`,
  'i',
);
const buyerWord = /\b(?:buyers?|customers?|clients?|recipients?|purchasers?)\b/i;

function businessContact(poa: PlanOfAction): Span[] {
  return poa.sentences.filter((s) => businessParty.test(s.text) && !buyerWord.test(s.text)).map((s) => s.span);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes and lengths of the common card networks. */
function looksLikeCard(digits: string): boolean {
  const n = digits.length;
  if (/^4/.test(digits)) return n === 13 || n === 16 || n === 19;
  if (/^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return n === 16;
  if (/^3[47]/.test(digits)) return n === 15;
  if (/^(?:6011|65|64[4-9])/.test(digits)) return n >= 16 && n <= 19;
  if (/^35/.test(digits)) return n >= 16 && n <= 19;
  if (/^3(?:0[0-5]|[68])/.test(digits)) return n === 14;
  return false;
}

/** "Email: …", "Phone: …" lines outside the three sections: the seller's own contact, in the letter's head or sign-off. */
const contactLine = new RegExp(
  String.raw`^[ \t]*(?:[-*•]\s*)?(?:(?:seller|business|company|store|our|my)\s+)?(?:e-?mail(?: address)?|` +
    String.raw`phone(?: number)?|tel(?:ephone)?|mobile|cell|contact(?: (?:details|information|number|e-?mail))?|` +
    String.raw`address|website|fax)\b[^:\r\n]{0,20}:[^\r\n]*`,
  'gim',
);

/**
 * Where the seller gives their own contact details: the sign-off after
 * "Sincerely," and labelled contact lines outside the three sections. A
 * seller's own e-mail or phone is not buyer data.
 */
function sellerContact(poa: PlanOfAction): Span[] {
  const spans: Span[] = [];
  for (const section of poa.sections) {
    if (section.kind === 'other' && closingLine.test(section.labelText)) spans.push({ start: section.label.start, end: section.body.end });
  }
  if (/(?:mail|phone|tel|mobile|cell|contact|address|website|fax)[^:\r\n]{0,20}:/i.test(poa.masked)) {
    // Inside the root cause or the actions, "Phone: …" is a buyer's pasted in.
    const inMainSection = (offset: number) => poa.sections.some((s) => s.kind !== 'other' && s.body.start <= offset && offset < s.body.end);
    for (const match of poa.masked.matchAll(contactLine)) {
      if (!inMainSection(match.index)) spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

const advice = 'Amazon asks sellers not to share buyer data: remove it, and refer to the buyer by order ID.';

export const sensitiveData: Rule = {
  id: 'sensitive-data',
  description:
    'Buyer contact data: e-mail addresses, phone numbers, payment card numbers, street addresses ' +
    "(not the seller's own sign-off, not Amazon's, not a supplier's named for the reviewer).",
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    const text = poa.masked;
    const found: RuleFinding[] = [];
    const own = [...sellerContact(poa), ...businessContact(poa)];
    const add = (start: number, end: number, message: string, always = false) => {
      if (!always && own.some((span) => span.start <= start && end <= span.end)) return;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, message });
    };
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      const local = emailLocal.exec(text.slice(Math.max(0, at - 64), at));
      const domain = emailDomain.exec(text.slice(at + 1, at + 256));
      if (!local || !domain || !/^[A-Za-z0-9]/.test(local[0])) continue;
      if (organisationMailbox.test(local[0]) || amazonMailDomain.test(domain[0])) continue;
      const start = at - local[0].length;
      const end = at + 1 + domain[0].length;
      add(start, end, `The e-mail address ${quote(text.slice(start, end))} is personal data. ${advice}`);
    }
    for (const match of text.matchAll(cardCandidate)) {
      const digits = match[0].replace(/\D/g, '');
      if (looksLikeCard(digits) && luhn(digits))
        add(
          match.index,
          match.index + match[0].length,
          `This looks like a payment card number. Never put card details in a plan: remove it. ${advice}`,
          true,
        );
    }
    const phones = [...text.matchAll(phoneShape)];
    if (cuedDigits.test(text)) phones.push(...text.matchAll(cuedPhone));
    for (const match of phones) {
      const digits = match[0].replace(/\D/g, '').length;
      if (digits < 10 || digits > 15) continue;
      add(match.index, match.index + match[0].length, `${quote(match[0])} looks like a phone number. ${advice}`);
    }
    let previousStreetEnd = 0;
    for (const match of text.matchAll(street)) {
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      const end = match.index + match[0].length;
      // The seller's own premises, or Amazon's (a fulfilment centre, its head office): neither is a buyer's address.
      const elsewhere = isOwnPlace(text, match.index, previousStreetEnd) || amazonPlaceBefore.test(before);
      previousStreetEnd = end;
      if (elsewhere) continue;
      add(match.index, end, `${quote(match[0])} looks like a street address. ${advice}`);
    }
    found.sort((a, b) => a.start - b.start);
    yield* found;
  },
};
