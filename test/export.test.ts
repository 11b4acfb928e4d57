import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPlainText } from '../server/src/engine/export';
import { formatForPath, parsePlanOfAction } from '../server/src/engine/parse';

const dir = join(__dirname, 'export');
const cli = join(__dirname, '..', 'dist', 'cli.js');
const inputs = readdirSync(dir).filter((f) => /\.poa\.(?:md|txt)$/.test(f));
const goldenFor = (input: string) => join(dir, input.replace(/\.poa\.(?:md|txt)$/, '.txt'));
const exportFile = (input: string) =>
  exportPlainText(parsePlanOfAction(readFileSync(join(dir, input), 'utf8'), { format: formatForPath(input) }));

/**
 * Golden files: test/export/<name>.poa.md or .poa.txt and, beside it, the
 * plain text Seller Central gets (<name>.txt). UPDATE_FIXTURES=1 rewrites them: review the diff.
 */
describe('plain-text export for Seller Central', () => {
  it('has a Markdown and a plain-text plan to check', () => {
    assert.ok(inputs.some((f) => f.endsWith('.md')) && inputs.some((f) => f.endsWith('.txt')));
  });

  for (const input of inputs) {
    it(`${input} exports as ${input.replace(/\.poa\.(?:md|txt)$/, '.txt')}`, () => {
      const { text } = exportFile(input);
      if (process.env.UPDATE_FIXTURES || !existsSync(goldenFor(input))) writeFileSync(goldenFor(input), text);
      assert.equal(text, readFileSync(goldenFor(input), 'utf8'));
    });
  }

  it('leaves no Markdown syntax, front matter or comments, and writes bullets as • and numbers as 1)', () => {
    const { text } = exportFile('markdown.poa.md');
    for (const syntax of ['**', '](', '<!--', '---', '```', '# ', '> ', '- ', '![', '&amp;'])
      assert.ok(!text.includes(syntax), `${JSON.stringify(syntax)} left in:\n${text}`);
    assert.doesNotMatch(text, /Draft 3|Check the dates/);
    assert.match(text, /^• On October 25, 2026/m);
    assert.match(text, /^3\) Every Monday/m);
    assert.match(text, /^Root cause:\nOur packing shift/m, 'a heading becomes a label line directly above its text');
    assert.match(text, /\n\nActions taken:\n/, 'a blank line between sections');
  });

  it('counts the words of the exported text, not its bullets or numbers', () => {
    assert.equal(exportPlainText(parsePlanOfAction('## Actions taken\n\n1. We refunded 9 buyers.\n- On May 2\n')).words, 9);
  });

  it('poa-lint export prints the plain text on stdout and the word count on stderr', () => {
    const result = spawnSync(process.execPath, [cli, 'export', join(dir, 'markdown.poa.md')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, readFileSync(goldenFor('markdown.poa.md'), 'utf8'));
    assert.equal(result.stderr, `${exportFile('markdown.poa.md').words} words\n`);
  });

  it('poa-lint export exits 2 with one clear line for a missing file', () => {
    const result = spawnSync(process.execPath, [cli, 'export', 'no-such-plan.poa.md'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'poa-lint: no-such-plan.poa.md: no such file\n');
    const none = spawnSync(process.execPath, [cli, 'export'], { encoding: 'utf8' });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^poa-lint: export takes one file, none was given/);
  });
});
