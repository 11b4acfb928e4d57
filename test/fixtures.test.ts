import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { compatibleEdits } from '../server/src/lsp/code-actions';
import { toDiagnostic, type DiagnosticData } from '../server/src/lsp/diagnostics';
import type { LintResult } from '../server/src/engine/linter';
import { applyTextEdits } from './support/edits';
import { findingLine, lintFixture, listFixtures, readExpected } from './support/fixtures';

/** The edits of "fix all" (source.fixAll.poa) as the server builds them from the diagnostics. */
function fixAllEdits(result: LintResult) {
  const diagnostics = result.findings.map((finding) => toDiagnostic(finding, result.poa.lines));
  return compatibleEdits(diagnostics.flatMap((d) => (d.data as DiagnosticData | undefined)?.fixes ?? []));
}

/** Writes a golden file, or removes it when there is nothing to expect. */
function updateGolden(path: string, content: string | undefined): void {
  if (content !== undefined) writeFileSync(path, content);
  else if (existsSync(path)) unlinkSync(path);
}

/**
 * Every fixture is linted with every rule; its findings, messages included,
 * must equal the `.expected` file beside it (none when there is no such
 * file). Where fix-all changes the fixture, the `.fixed` file beside it holds
 * the text after it, and that text is linted again: fix-all settles in one
 * run. UPDATE_FIXTURES=1 rewrites the goldens: review the diff.
 */
describe('rule fixtures', () => {
  for (const fixture of listFixtures()) {
    it(`${fixture.name} gives exactly the expected findings`, () => {
      const result = lintFixture(fixture.path);
      // The hints on disable comments that disable nothing are findings a reader of the fixture must see too.
      const actual = [...result.findings, ...result.unusedDisables].sort((a, b) => a.start - b.start || a.end - b.end).map(findingLine);
      if (process.env.UPDATE_FIXTURES) {
        // The comments that say what a fixture is for stay.
        const notes = existsSync(fixture.expectedPath)
          ? readFileSync(fixture.expectedPath, 'utf8')
              .split('\n')
              .filter((line) => line.startsWith('#'))
          : [];
        updateGolden(fixture.expectedPath, actual.length ? `${[...notes, ...actual].join('\n')}\n` : undefined);
      }
      assert.deepEqual(actual, readExpected(fixture.expectedPath));
    });

    it(`${fixture.name} after fix-all is its .fixed golden, and fix-all then has nothing left to do`, () => {
      const text = readFileSync(fixture.path, 'utf8');
      const edits = fixAllEdits(lintFixture(fixture.path, text));
      const fixed = edits.length > 0 ? applyTextEdits(text, edits) : undefined;
      if (process.env.UPDATE_FIXTURES) updateGolden(fixture.fixedPath, fixed);
      assert.equal(fixed, existsSync(fixture.fixedPath) ? readFileSync(fixture.fixedPath, 'utf8') : undefined);
      if (fixed !== undefined) assert.deepEqual(fixAllEdits(lintFixture(fixture.path, fixed)), [], 'a second fix-all changes nothing');
    });
  }
});
describe('fixture texts', () => {
  it('keep their line endings as written (CRLF fixtures stay CRLF)', () => {
    const crlf = listFixtures().filter((f) => f.name.includes('crlf'));
    for (const fixture of crlf)
      assert.ok(readFileSync(fixture.path, 'utf8').includes('\r\n'), `${fixture.name} should contain CRLF line endings`);
  });
});
