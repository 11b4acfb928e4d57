import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { generatePlanOfAction } from '../bench/generate';
import { lint, newLinter } from './support/lint';
import type { LintOptions, LintResult } from '../server/src/engine/linter';
import { layoutMarkdown, layoutMarkdownDocument, type SourceLayout } from '../server/src/engine/markdown';
import { formatForPath } from '../server/src/engine/parse';
import { mergeSettings } from '../server/src/common/settings';
import { trimSpan } from '../server/src/engine/text';
import { chronoFindsTime, hasPlainDate } from '../server/src/engine/time';
import { listFixtures } from './support/fixtures';
import { TestServer } from './support/lsp';

/**
 * The analysis reuses what did not change between versions of a document
 * (Markdown chunks, sentences, time expressions). These properties check that
 * reuse never shows: after any sequence of edits the findings equal those of
 * a cold analysis of the same text, and the chunked Markdown layout equals a
 * parse of the whole text.
 */

/**
 * A layout as the analysis reads it: block spans without white space at
 * their edges (the parser may end a block before or after a line break,
 * depending on the line that follows), and which visible characters are hidden.
 */
function normalized(layout: SourceLayout, text: string) {
  const hiddenAt = new Uint8Array(text.length);
  for (const span of layout.hidden) hiddenAt.fill(1, span.start, span.end);
  const hidden: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!hiddenAt[i] || /\s/.test(text[i])) continue;
    let end = i;
    while (end + 1 < text.length && hiddenAt[end + 1] && !/\s/.test(text[end + 1])) end++;
    hidden.push(`${i}-${end + 1}`);
    i = end;
  }
  return { blocks: layout.blocks.map((block) => ({ ...block, span: trimSpan(text, block.span) })), hidden };
}

/** Lines that open, close or continue whatever Markdown keeps open across blank lines, and the text between. */
const markdownLine = fc.constantFrom(
  '',
  '',
  '   ',
  '```',
  '```js',
  '  ```',
  '~~~',
  '````',
  '    ```',
  '<!-- poa-disable vague',
  '-->',
  '<!-- a comment -->',
  '<pre>',
  '</pre>',
  '<div>',
  '<?php',
  '?>',
  '<!DOCTYPE html>',
  '---',
  '+++',
  'title: x',
  '# Root cause',
  '## Actions taken',
  'Preventive measures',
  '===',
  '- We will improve our processes.',
  '  - nested item: the carrier caused it.',
  '1. On [Date] we retrained staff.',
  '   continued in the item.',
  '> quoted notification',
  '>',
  '**Root cause:** the buyer lied.',
  'We try to do better ASAP.',
  'Plain prose with `code` and a [link](https://example.com).',
  '[label]: https://example.com',
  '[Other  Label]: /x "title"',
  'See [label] and [text][other label], or [label][] and ![logo][label].',
  '- [label]: /in-a-list',
  '- [x] done',
  '\t- tabbed item',
  'Setext heading',
  '---',
);

const markdownText = fc
  .tuple(fc.array(markdownLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

describe('incremental analysis', function () {
  // Property runs of hundreds of analyses each: slow on a loaded machine, not stuck.
  this.timeout(120_000);
  it('lays out Markdown chunk by chunk exactly as a parse of the whole text', () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        assert.deepEqual(normalized(layoutMarkdown(text), text), normalized(layoutMarkdownDocument(text), text));
      }),
      { numRuns: Number(process.env.POA_PROPERTY_RUNS ?? 1500) },
    );
  });

  it('finds in any Markdown text what an analysis of a whole-text parse finds', () => {
    const wholeParse = (text: string) => newLinter({ chunkedMarkdown: false }).lint(text).findings;
    fc.assert(
      fc.property(markdownText, (text) => {
        assert.deepEqual(lint(text).findings, wholeParse(text));
      }),
      { numRuns: Number(process.env.POA_PROPERTY_RUNS ?? 1500) / 3 },
    );
  });

  it('lays out the benchmark plans and every fixture chunk by chunk as a whole parse does', () => {
    const texts = [
      generatePlanOfAction(25 * 1024, 1),
      generatePlanOfAction(25 * 1024, 2),
      ...listFixtures().map((f) => readFileSync(f.path, 'utf8')),
    ];
    for (const text of texts) assert.deepEqual(normalized(layoutMarkdown(text), text), normalized(layoutMarkdownDocument(text), text));
  });

  /** An edit at a relative position: 0 is the start of the text, 1 its end. */
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          'a',
          ' ',
          '.',
          '\n',
          '\n\n',
          'x',
          '!',
          'by March 3, 2026',
          'we will',
          'caused by the carrier',
          'ASAP',
          '[Date]',
          '**',
          '`',
        ),
      },
      { weight: 2, arbitrary: markdownLine.map((line) => `\n${line}\n`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
  });

  const apply = (text: string, { at, remove, insert }: { at: number; remove: number; insert: string }) => {
    const start = Math.floor(at * text.length);
    return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
  };

  const findings = (result: LintResult) => result.findings.map((f) => ({ ...f }));

  function checkEdits(initial: string, options: LintOptions, runs: number) {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let text = initial;
        const linter = newLinter();
        linter.lint(text, options);
        for (const change of edits) {
          text = apply(text, change);
          // The warm linter has seen every earlier version, as the server has after each keystroke.
          const warm = findings(linter.lint(text, options));
          const cold = findings(lint(text, options));
          assert.deepEqual(warm, cold);
        }
      }),
      { numRuns: runs },
    );
  }

  it('finds after any sequence of edits to a plan exactly what a cold analysis finds', () => {
    checkEdits(generatePlanOfAction(2.5 * 1024, 7), { format: 'markdown' }, 150);
  });

  it('finds after edits to pasted plain text exactly what a cold analysis finds', () => {
    const plain = listFixtures().find((f) => f.name.endsWith('.txt'))!;
    checkEdits(readFileSync(plain.path, 'utf8'), { format: formatForPath(plain.path) }, 60);
  });

  it('finds after edits to each fixture exactly what a cold analysis finds', () => {
    for (const fixture of listFixtures()) {
      checkEdits(readFileSync(fixture.path, 'utf8'), { format: formatForPath(fixture.path) }, 4);
    }
  });
});

describe('the date shortcut before chrono-node', () => {
  const months = [
    'January',
    'Jan',
    'Feb',
    'February',
    'Mar',
    'March',
    'Apr',
    'April',
    'May',
    'Jun',
    'June',
    'Jul',
    'July',
    'Aug',
    'August',
    'Sep',
    'Sept',
    'September',
    'Oct',
    'October',
    'Nov',
    'November',
    'Dec',
    'December',
  ];
  const month = fc
    .tuple(fc.constantFrom(...months), fc.constantFrom('lower', 'upper', 'as is'), fc.boolean())
    .map(([name, casing, dot]) => {
      const cased = casing === 'lower' ? name.toLowerCase() : casing === 'upper' ? name.toUpperCase() : name;
      return dot && name.length === 3 ? `${cased}.` : cased;
    });
  const day = fc
    .tuple(fc.integer({ min: 0, max: 35 }), fc.constantFrom('', 'st', 'nd', 'rd', 'th', 'D'))
    .map(([n, suffix]) => `${n}${suffix}`);
  const around = fc.constantFrom(
    '',
    ' ',
    'On ',
    'by ',
    '(',
    'since ',
    'x',
    'é',
    '2',
    '-',
    ', 2026',
    ',2026',
    ' 2026',
    '.',
    ' we did it.',
    ')',
    '!',
    'a',
  );
  const phrase = fc.oneof(
    fc.tuple(around, month, fc.constantFrom(' ', '  ', '\n'), day, around).map((parts) => parts.join('')),
    fc.tuple(around, day, fc.constantFrom(' ', ' of '), month, around).map((parts) => parts.join('')),
  );

  it('says a text has a date only where chrono-node reads one too', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        if (hasPlainDate(text)) assert.ok(chronoFindsTime(text), `chrono-node reads no date in ${JSON.stringify(text)}`);
      }),
      { numRuns: Number(process.env.POA_PROPERTY_RUNS ?? 3000) },
    );
  });
});

describe('textDocument/publishDiagnostics while edits arrive', function () {
  this.timeout(30_000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('drops the analysis of versions edited meanwhile and publishes the last version, never an older one after it', async () => {
    server = new TestServer();
    await server.initialize();
    const uri = 'file:///tmp/long-plan.poa.md';
    await server.open(uri, generatePlanOfAction(250 * 1024, 3));
    // Five edits sent at once, while version 1 is being analysed.
    for (let version = 2; version <= 6; version++) {
      const at = server.text(uri).indexOf('\n## Preventive measures');
      void server.edit(uri, at, at, '\nChecked daily.');
    }
    const versions: number[] = [];
    while (versions.at(-1) !== 6) {
      await server.diagnostics(uri);
      versions.push(server.lastFor(uri)!.version!);
    }
    assert.ok(versions.length < 6, `stale versions were analysed to the end: published ${versions.join(', ')}`);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'a version published after a newer one',
    );
  });
});

describe('linters', () => {
  const plan =
    '## Root cause\n\nOur Tuesday batch left the dock unscanned.\n\n## Actions taken\n\n' +
    '- We moved to a new label printer as needed on March 3, 2026.\n';
  const blamed = (result: LintResult) => result.findings.filter((f) => f.ruleId === 'blame' || f.ruleId === 'vague').map((f) => f.ruleId);

  it('two linters with different vocabulary never share a result, whichever runs first', () => {
    const withVocabulary = mergeSettings({ vocabulary: { blame: ['Tuesday batch'], vague: ['as needed'] } });
    const plainLinter = newLinter();
    const vocabularyLinter = newLinter();
    assert.deepEqual(blamed(plainLinter.lint(plan)), []);
    assert.deepEqual(blamed(vocabularyLinter.lint(plan, { settings: withVocabulary })), ['blame', 'vague']);
    assert.deepEqual(blamed(plainLinter.lint(plan)), [], 'the first linter is not changed by the second');
    assert.deepEqual(blamed(vocabularyLinter.lint(plan)), [], 'nor the same linter under other settings');
  });

  it('a linter with its caches cleared or disposed analyses as a fresh one does', () => {
    const linter = newLinter();
    const first = linter.lint(plan).findings;
    linter.clearCaches();
    assert.deepEqual(linter.lint(plan).findings, first);
    linter.dispose();
    assert.deepEqual(linter.lint(plan).findings, first);
  });
});
