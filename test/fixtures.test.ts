import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { findingLine, lintFixture, listFixtures, readExpected } from './support/fixtures';

/**
 * Every fixture is linted with every rule; its findings must equal the
 * `.expected` file beside it (none when there is no such file).
 * UPDATE_FIXTURES=1 rewrites the expected files: review the diff.
 */
describe('rule fixtures', () => {
  for (const fixture of listFixtures()) {
    it(`${fixture.name} gives exactly the expected findings`, () => {
      const actual = lintFixture(fixture.path).findings.map(findingLine);
      if (process.env.UPDATE_FIXTURES) {
        if (actual.length) writeFileSync(fixture.expectedPath, `${actual.join('\n')}\n`);
        else if (existsSync(fixture.expectedPath)) unlinkSync(fixture.expectedPath);
      }
      assert.deepEqual(actual, readExpected(fixture.expectedPath));
    });
  }
});

describe('fixture texts', () => {
  it('keep their line endings as written (CRLF fixtures stay CRLF)', () => {
    const crlf = listFixtures().filter((f) => f.name.includes('crlf'));
    for (const fixture of crlf) assert.ok(readFileSync(fixture.path, 'utf8').includes('\r\n'), `${fixture.name} should contain CRLF line endings`);
  });
});
