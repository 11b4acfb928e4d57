import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import JSZip from 'jszip';
import { settingDescriptions } from '../server/src/common/settings';
import { rules } from '../server/src/registry';
import { fileUri, TestServer } from './support/lsp';

const root = join(__dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

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
      'package\\.json|readme\\.md|changelog\\.md|LICENSE\\.txt|language-configuration\\.json',
      'images\\/icon\\.png|docs\\/images\\/[\\w-]+\\.png',
      'dist\\/(?:extension|client|server|cli|web\\/extension|web\\/server)\\.js|dist\\/rules\\/[a-z-]+\\.md',
      'snippets\\/[\\w-]+\\.code-snippets|syntaxes\\/[\\w.-]+\\.json|schemas\\/[\\w.-]+\\.json|media\\/walkthrough\\/[\\w-]+\\.md',
    ].join('|');
    const allowed = new RegExp(`^(?:extension\\.vsixmanifest|\\[Content_Types\\]\\.xml|extension\\/(?:${shipped}))$`);
    const unexpected = files.filter((f) => !allowed.test(f));
    assert.deepEqual(unexpected, []);
  });

  it("shows the sellers' README, whose pictures and rule pages are in the package, linked relatively", async () => {
    const zip = await JSZip.loadAsync(readFileSync(vsix));
    const readme = await zip.file('extension/readme.md')!.async('string');
    assert.equal(readme, readFileSync(join(root, 'README.marketplace.md'), 'utf8'));
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    assert.ok(images.length >= 2, 'the pictures');
    for (const target of targets) {
      assert.doesNotMatch(target, /^(?:[a-z]+:|\/|\.\.)/, `${target}: a link inside the package`);
      assert.ok(files.includes(`extension/${target}`), `${target} is in the .vsix`);
    }
    for (const rule of rules) assert.ok(targets.includes(`dist/rules/${rule.id}.md`), `a link to ${rule.id}'s page`);
    for (const setting of settingDescriptions) assert.match(readme, new RegExp(`^\\| \`poa\\.${setting.key}\` \\|`, 'm'), setting.key);
  });

  it('is under 2 MB', () => {
    assert.ok(size < 2 * 1024 * 1024, `${(size / 1024).toFixed(0)} KB`);
  });
});

/** What a user installs from npm runs on its own: the CLI, export and the language server, with no other package. */
describe('npm package', function () {
  this.timeout(120_000);
  let work = '';
  let user = '';
  const bin = (name: string) => join(user, 'node_modules', '.bin', name);
  let packed: string[] = [];

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'poa-npm-'));
    user = join(work, 'user');
    // npm pack builds the minified bundles first (prepare).
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    packed = files.map((file) => file.path);
    mkdirSync(join(user, 'drafts'), { recursive: true });
    // The package has no dependencies: installing the tarball needs no registry.
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, filename)], {
      cwd: user,
      encoding: 'utf8',
    });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    copyFileSync(join(root, 'examples', 'template-with-gaps.poa.md'), join(user, 'drafts', 'template-with-gaps.poa.md'));
  });

  after(() => {
    spawnSync('npm', ['run', 'build'], { cwd: root });
    rmSync(work, { recursive: true, force: true });
  });

  it('holds the bundles, the rule docs and the manifest, and no sources, tests or source maps', () => {
    for (const expected of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/server.js', 'dist/rules/blame.md'])
      assert.ok(packed.includes(expected), `${expected} (has: ${packed.join(', ')})`);
    assert.deepEqual(
      packed.filter((path) => /^(?:server|client|test|bench)\/|\.map$|\.ts$/.test(path)),
      [],
    );
  });

  it('installs with nothing else: node_modules holds poa-lint alone', () => {
    assert.deepEqual(
      readdirSync(join(user, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['poa-lint'],
    );
  });

  it('poa-lint lints a folder of drafts, and says its version', () => {
    const result = spawnSync(bin('poa-lint'), ['drafts'], { cwd: user, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^drafts\/template-with-gaps\.poa\.md$/m);
    assert.match(result.stdout, /^ {2}3:12 +error +placeholder +Unfilled placeholder '\[Your Seller ID\]'/m);
    assert.match(result.stdout, /✖ \d+ problems \(\d+ errors/);
    assert.equal(spawnSync(bin('poa-lint'), ['--version'], { encoding: 'utf8' }).stdout.trim(), version);
  });

  it('poa-lint export prints the plain text and its word count', () => {
    const result = spawnSync(bin('poa-lint'), ['export', 'drafts/template-with-gaps.poa.md'], { cwd: user, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Root cause:$/m);
    assert.doesNotMatch(result.stdout, /^#/m);
    assert.match(result.stderr, /^\d+ words$/m);
  });

  it('poa-lint-server answers initialize over stdio and links each diagnostic to a doc the package holds', async () => {
    const server = new TestServer({ serverPath: bin('poa-lint-server') });
    try {
      const init = await server.initialize();
      assert.equal(init.serverInfo?.name, 'poa-lint');
      const uri = fileUri(join(user, 'drafts', 'template-with-gaps.poa.md'));
      await server.open(uri, readFileSync(join(user, 'drafts', 'template-with-gaps.poa.md'), 'utf8'));
      const { diagnostics } = await server.diagnostics(uri, (d) => d.length > 0);
      const href = diagnostics[0].codeDescription!.href;
      assert.ok(fileURLToPath(href).startsWith(join(user, 'node_modules', 'poa-lint', 'dist')), href);
      assert.ok(existsSync(fileURLToPath(href)), href);
    } finally {
      await server.stop();
    }
  });

  it('poa-lint mcp serves its tools with no other package installed: the protocol SDK is in the bundle', async () => {
    const client = new Client({ name: 'package-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: bin('poa-lint'), args: ['mcp'], cwd: user }));
    try {
      const { tools } = await client.listTools();
      assert.ok(tools.some((tool) => tool.name === 'lint'));
      const result = (await client.callTool({ name: 'lint_file', arguments: { path: 'drafts/template-with-gaps.poa.md' } })) as {
        content: { text: string }[];
      };
      assert.match(result.content[0].text, /"ruleId": "placeholder"/);
    } finally {
      await client.close();
    }
  });
});
