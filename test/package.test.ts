import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const root = join(__dirname, '..');

/** What ships is what runs: the .vsix holds the bundles and the manifest's files, nothing else. */
describe('packaged extension (.vsix)', function () {
  this.timeout(180_000);
  let files: string[] = [];
  let size = 0;
  const vsix = join(root, 'poa-lint.vsix');

  before(async () => {
    rmSync(vsix, { force: true });
    const result = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const data = readFileSync(vsix);
    size = data.length;
    const zip = await JSZip.loadAsync(data);
    files = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  });

  after(() => {
    // Packaging built minified bundles without source maps; rebuild for the other tests' stack traces.
    spawnSync('npm', ['run', 'build'], { cwd: root });
  });

  it('contains the bundles, rule docs, snippets, grammar, language configuration, icon, README, CHANGELOG, LICENSE and manifest', () => {
    for (const expected of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/cli.js',
      'extension/dist/web/extension.js',
      'extension/dist/web/server.js',
      'extension/dist/rules/blame.md',
      'extension/snippets/poa.code-snippets',
      'extension/syntaxes/poa.tmLanguage.json',
      'extension/schemas/poarc.schema.json',
      'extension/media/walkthrough/template.md',
      'extension/language-configuration.json',
      'extension/images/icon.png',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
    ]) {
      assert.ok(files.includes(expected), `${expected} is in the .vsix (has: ${files.join(', ')})`);
    }
  });

  it('contains no sources, tests, source maps or node_modules', () => {
    const shipped = [
      'package\\.json|readme\\.md|changelog\\.md|LICENSE\\.txt|language-configuration\\.json|images\\/icon\\.png',
      'dist\\/(?:extension|client|server|cli|web\\/extension|web\\/server)\\.js|dist\\/rules\\/[a-z-]+\\.md',
      'snippets\\/[\\w-]+\\.code-snippets|syntaxes\\/[\\w.-]+\\.json|schemas\\/[\\w.-]+\\.json|media\\/walkthrough\\/[\\w-]+\\.md',
    ].join('|');
    const allowed = new RegExp(`^(?:extension\\.vsixmanifest|\\[Content_Types\\]\\.xml|extension\\/(?:${shipped}))$`);
    const unexpected = files.filter((f) => !allowed.test(f));
    assert.deepEqual(unexpected, []);
  });

  it('is under 2 MB', () => {
    assert.ok(size < 2 * 1024 * 1024, `${(size / 1024).toFixed(0)} KB`);
  });
});
