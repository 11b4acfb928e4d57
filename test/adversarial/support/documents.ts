import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocumentFormat } from '../../../server/src/engine/model';

/**
 * Generated POAs: Markdown and pasted plain text mixed, with the labels,
 * bullets and syntax sellers use, and with everything a document can hold
 * that a tidy one would not: CRLF, CR, emoji and astral characters,
 * zero-width and direction marks, lone surrogates, NUL and other control
 * bytes, very long lines, deep nesting, unclosed fences and comments.
 */

export const labels = [
  'Root cause:',
  'Root Cause(s):',
  'ROOT CAUSE',
  'A) What went wrong:',
  '1. The Root Cause(s) of the Issue:',
  'Why it happened:',
  'Cause of the issue:',
  'What caused the issue?',
  'Actions taken:',
  'B) Immediate actions:',
  'Corrective actions:',
  'What we have done:',
  'Steps taken to resolve:',
  '2. Actions Taken',
  'Preventive measures:',
  'C) Preventative measures:',
  'Steps to prevent:',
  'What we will do to prevent this:',
  'Long-term measures:',
  'PREVENTIVE MEASURES',
  'Summary:',
  'Supporting documents:',
  'Subject: Appeal',
  'Sincerely,',
  'Steps:',
  'Root cause: our stock count was wrong.',
];

const sentences = [
  'The delay was caused by the carrier.',
  "It was not our fault; Amazon's system made a mistake.",
  'This was beyond our control.',
  'We will improve our processes.',
  'We will try harder and do better ASAP.',
  'We will take appropriate measures as soon as possible.',
  'On March 3, 2026 we refunded 14 buyers.',
  'Every Monday at 9 AM our lead checks 20 orders.',
  'Starting March 16, 2026 every order ships within 48 hours.',
  'By Q2 2027 we will audit 100% of listings.',
  'Since May 1 we check stock daily.',
  'We plan to hire two packers.',
  'We are going to switch carriers.',
  'We take customer satisfaction very seriously.',
  'We sincerely apologize for any inconvenience.',
  'We have been selling on Amazon for 7 years.',
  'We believe this suspension was made in error.',
  'I was not aware of this policy.',
  'This is UNFAIR and RIDICULOUS!!!',
  'We are shocked and frustrated.',
  'Our lawyer will take legal action.',
  'Please, please reinstate us!',
  'Mistakes were made.',
  'The labels were printed wrong.',
  'We think this might hopefully help where possible.',
  'We will make sure this does not happen again.',
  'The ASIN, FBA and ODR numbers are fine.',
  'Contact the buyer at jane.doe@example.com or (555) 123-4567.',
  'Card 4111 1111 1111 1111 was charged.',
  'Ship to 450 Industrial Way, Springfield.',
  'Order 123-4567890-123456 and ASIN B0ABC12 were affected.',
  'Order 112-3456789-1234567 for ASIN B00EXAMPLE1 shipped.',
  'Seller ID: [Your Seller ID]',
  'TBD',
  'TODO: fill in',
  '<insert date>',
  '{{asin}}',
  'B0XXXXXXXX',
  'XXX-XXXXXXX-XXXXXXX',
  'on [Date]',
  '[X] units',
  'e.g. the U.S. warehouse, i.e. Dr. Smith etc.',
  'See https://sellercentral.amazon.com/help?x=1&y=(2).',
  'We moved to UPS Ground.',
  'We refunded the buyer.',
  'A sentence that goes on and on and on with many words and no end in sight because the seller kept ' +
    'typing without ever stopping to breathe or think',
];

const inline = [
  '`code span`',
  '``unclosed',
  '[link](https://example.com/a_(b))',
  '[ref][1]',
  '![image](a.png)',
  '<br>',
  '<span>x</span>',
  '<b>bold',
  '*em*',
  '**strong**',
  '__under__',
  '~~gone~~',
  '[^1]',
  '[ ]',
  '[x]',
  '\\*',
  '&amp;',
  '&#x1F69A;',
  'https://example.com',
  'www.example.com/path',
  '<!-- poa-disable blame -->',
  '<!-- poa-enable blame -->',
  '<!-- poa-disable-next-line vague -->',
  '<!-- poa-disable -->',
  '<!-- poa-enable -->',
  '<!--',
  '-->',
  '<!-- a comment -->',
  '<script>alert(1)</script>',
  '<div>',
  '</div>',
];

/** Characters a careful document would not hold. */
export const oddities = [
  '🚚',
  '👨‍👩‍👧‍👦',
  '🇺🇸',
  '👍🏽',
  '𝒜𝒷𝒸',
  '𠜎',
  '\u{10FFFF}',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufffd',
  '\ufffe',
  '\t',
  '\f',
  '\v',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  'é',
  'e\u0301',
  'İ',
  'ß',
  'ﬁ',
  'Ⅻ',
  '١٢٣',
  'שלום',
  'مرحبا',
  '中文',
  'ｆｕｌｌ',
];

const bullets = [
  '• ',
  '◦ ',
  '▪ ',
  '– ',
  '— ',
  '1) ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '10. ',
  'a) ',
  '(1) ',
  '(a) ',
  '- [ ] ',
  '- [x] ',
  '➤ ',
  '✓ ',
  '·',
];
const blockSyntax = [
  '```',
  '```js',
  '~~~',
  '````',
  '---',
  '+++',
  '***',
  '___',
  '===',
  '|a|b|',
  '|-|-|',
  '<details>',
  '</details>',
  '<!--',
  '-->',
  '<pre>',
  '[1]: https://example.com',
  '[^1]: a note',
  '    indented',
];

const eols = ['\n', '\r\n', '\r'] as const;

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** A run of words: sentences, inline syntax and odd characters. */
const phrase = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: pick(sentences) },
      { weight: 2, arbitrary: pick(inline) },
      { weight: 2, arbitrary: pick(oddities) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .chain((parts) =>
    fc
      .array(pick(['', ' ', ' ', '  ', '\t']), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => p + gaps[i]).join('')),
  );

/** What starts a line: indentation, blockquote markers, a bullet, a heading or bold marker. */
const linePrefix = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: pick(bullets) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), pick(bullets)).map(([depth, bullet]) => '  '.repeat(depth) + bullet) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }).map((depth) => '> '.repeat(depth)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 12 }), pick(bullets))
      .map(([depth, bullet]) => `${'> '.repeat(depth)}${'  '.repeat(depth)}${bullet}`),
  },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 7 }).map((level) => `${'#'.repeat(level)} `) },
  { weight: 1, arbitrary: pick(['**', '__', '*', '<b>', '> **']) },
);

const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(linePrefix, phrase).map(([prefix, text]) => prefix + text) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(linePrefix, pick(labels), fc.oneof(fc.constant(''), pick(['**', '__', ' ', ' *', ':'])), fc.oneof(fc.constant(''), phrase))
      .map(([p, l, close, rest]) => `${p}${l}${close}${rest ? ` ${rest}` : ''}`),
  },
  { weight: 2, arbitrary: pick(blockSyntax) },
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.tuple(pick(labels), pick(['===', '---', '=', '-'])).map(([l, underline]) => `${l.replace(/:$/, '')}\n${underline}`),
  },
  // Very long lines: a sentence repeated, or one word of thousands of characters.
  { weight: 1, arbitrary: fc.tuple(pick(sentences), fc.integer({ min: 20, max: 400 })).map(([s, n]) => `${s} `.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick(['a', 'x', '🚚', '*', '_', '[', '`', '\\', '<', '!', '.', '-', ' ']), fc.integer({ min: 1000, max: 20000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** A line ending for each line, of one kind for the document or mixed. */
const lineEndings = (count: number) =>
  fc.oneof(
    pick(eols).map((eol) => Array<string>(count).fill(eol)),
    fc.array(pick(eols), { minLength: count, maxLength: count }),
  );

/** A POA built from the pieces sellers write, Markdown and plain text mixed. */
export const composedDocument: fc.Arbitrary<string> = fc
  .array(line, { minLength: 0, maxLength: 40 })
  .chain((lines) => lineEndings(lines.length).map((ends) => lines.map((l, i) => l + ends[i]).join('')))
  .chain((text) => fc.boolean().map((trailing) => (trailing ? text : text.replace(/(?:\r\n|\r|\n)$/, ''))));

/** Every POA the repository already has: the corpus, the examples, the rule fixtures. */
export function seedDocuments(): { name: string; text: string }[] {
  const root = join(__dirname, '..', '..', '..');
  const found: { name: string; text: string }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.poa(?:\.md|\.txt)?$/.test(entry.name) && !/\.fixed\./.test(entry.name))
        found.push({ name: path.slice(root.length + 1), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of ['test/corpus', 'test/fixtures', 'examples']) {
    try {
      visit(join(root, dir));
    } catch {
      // A folder another change removed: the generators still have the other seeds.
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** A small change at a point: what a mutation splices in. */
export const splice = fc.oneof(
  { weight: 3, arbitrary: pick(oddities) },
  { weight: 2, arbitrary: pick(eols) },
  { weight: 2, arbitrary: pick([...inline, ...blockSyntax.map((b) => `\n${b}\n`), ...bullets, ...labels.map((l) => `\n${l}\n`)]) },
  { weight: 2, arbitrary: pick(sentences) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

interface Mutation {
  at: number;
  deleteLength: number;
  insert: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteLength: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }),
  insert: fc.oneof(fc.constant(''), splice),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    out = out.slice(0, at) + m.insert + out.slice(at + m.deleteLength);
  }
  return out;
}

/** A real POA from the repository, changed at a few random points (or its line endings swapped). */
export function mutatedSeed(seeds: { text: string }[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.array(mutation, { maxLength: 8 }),
      fc.constantFrom<'keep' | '\r\n' | '\r'>('keep', 'keep', '\r\n', '\r'),
    )
    .map(([index, mutations, eol]) => {
      const text = eol === 'keep' ? seeds[index].text : seeds[index].text.replace(/\r\n|\r|\n/g, eol);
      return mutate(text, mutations);
    });
}

/** Any string at all: arbitrary UTF-16 code units, lone surrogates included. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...'#>*-_`[]()<>!:.\n\r \t•1)\\|~=+'.split(''), ...oddities), maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Any of the above, each document read as Markdown or as plain text. */
export function anyDocument(seeds: { text: string }[]): fc.Arbitrary<{ text: string; format: DocumentFormat }> {
  return fc.record({
    text: fc.oneof(
      { weight: 4, arbitrary: composedDocument },
      { weight: 3, arbitrary: mutatedSeed(seeds) },
      { weight: 1, arbitrary: anyString },
    ),
    format: fc.constantFrom<DocumentFormat>('markdown', 'plain'),
  });
}
