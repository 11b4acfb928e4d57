import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, newLinter } from '../support/lint';
import { type LintResult } from '../../server/src/engine/linter';
import { anyDocument, composedDocument, seedDocuments } from './support/documents';
import { assertWellFormed, findingsKey } from './support/invariants';
import { count, runs } from './support/tally';

describe('any input', function () {
  const seeds = seedDocuments();

  it('has real POAs to start from', () => {
    assert.ok(seeds.length >= 10, `only ${seeds.length} seed documents`);
  });

  it('lint never throws, no rule fails, and every range lies inside the document on whole characters and whole line breaks', () => {
    fc.assert(
      fc.property(anyDocument(seeds), ({ text, format }) => {
        count('documents linted (any input)');
        assertWellFormed(text, lint(text, { format }));
      }),
      { numRuns: runs(700) },
    );
  });

  it('the same text gives the same findings: twice in a row, after another document, and with every cache cleared', () => {
    fc.assert(
      fc.property(anyDocument(seeds), composedDocument, ({ text, format }, other) => {
        count('documents linted (determinism)');
        const linter = newLinter();
        const first = findingsKey(linter.lint(text, { format }));
        assert.equal(findingsKey(linter.lint(text, { format })), first, 'linted twice');
        linter.lint(other, { format });
        // A copy of the string: a cache keyed by identity, not by text, would show here.
        assert.equal(findingsKey(linter.lint(` ${text}`.slice(1), { format })), first, 'after another document');
        linter.clearCaches();
        assert.equal(findingsKey(linter.lint(text, { format })), first, 'with every cache cleared');
      }),
      { numRuns: runs(250) },
    );
  });

  it('a text that only grows at its end keeps the findings of what came before (chunk caches see no stale text)', () => {
    fc.assert(
      fc.property(anyDocument(seeds), fc.array(composedDocument, { minLength: 1, maxLength: 4 }), ({ text, format }, tails) => {
        let current = text;
        const linter = newLinter();
        for (const tail of tails) {
          current += tail;
          count('documents linted (growing)');
          const warm = findingsKey(linter.lint(current, { format }));
          assert.equal(findingsKey(lint(current, { format })), warm, 'warm and cold analyses differ');
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('Markdown laid out chunk by chunk gives what a parse of the whole text gives', () => {
    const wholeParse = (text: string) => newLinter({ chunkedMarkdown: false }).lint(text);
    fc.assert(
      fc.property(anyDocument(seeds), ({ text }) => {
        count('documents linted (chunked against whole)');
        assert.equal(findingsKey(lint(text)), findingsKey(wholeParse(text)));
      }),
      { numRuns: runs(250) },
    );
  });

  it('a byte order mark before the text moves each finding one code unit and changes nothing else (a fix may go before or after)', () => {
    const moved = (result: LintResult, by: number) =>
      result.findings.map((f) => ({
        ruleId: f.ruleId,
        message: f.message,
        start: f.start + by,
        end: f.end + by,
        fixes: f.fixes.map((fix) => fix.title),
      }));
    fc.assert(
      fc.property(
        anyDocument(seeds).filter(({ text }) => /^[^\s\ufeff]/.test(text)),
        ({ text, format }) => {
          count('documents linted (byte order mark)');
          assert.deepEqual(moved(lint(`\ufeff${text}`, { format }), 0), moved(lint(text, { format }), 1));
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
