import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { mergeSettings } from '../server/src/common/settings';
import { createLinter } from '../server/src/engine/linter';
import { lintFile, lintInWorkers } from '../server/src/cli/parallel';
import { rules } from '../server/src/registry';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

/** Every fixture (with its folder's .poarc.json), the examples, a file that cannot be read and a .poarc.json with a mistake. */
function largeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'poa-jobs-'));
  cpSync(join(root, 'test', 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
  writeFileSync(join(dir, 'examples', 'binary.poa.md'), Buffer.from([0x52, 0x00, 0x6f, 0x00]));
  mkdirSync(join(dir, 'team'));
  writeFileSync(join(dir, 'team', '.poarc.json'), JSON.stringify({ rules: { blame: 'loud' }, maxWords: 100 }));
  cpSync(join(root, 'examples', 'late-shipment.poa.md'), join(dir, 'team', 'late-shipment.poa.md'));
  return dir;
}

describe('command line: --jobs (worker threads)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = largeFolder();
  });

  for (const format of ['stylish', 'json', 'sarif']) {
    it(`prints the same ${format} report, messages and exit code on 3 threads as on one`, () => {
      const run = (jobs: string) =>
        spawnSync(process.execPath, [cli, '--format', format, '--jobs', jobs, '.'], { cwd: dir, encoding: 'utf8' });
      const one = run('1');
      const three = run('3');
      assert.equal(one.status, 2, 'the binary file makes it exit 2');
      assert.match(one.stderr, /binary\.poa\.md: binary file/);
      assert.match(one.stderr, /team\/\.poarc\.json:\d+:\d+: rules\.blame/);
      assert.ok(one.stdout.length > 10_000, 'a large report');
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.stderr, one.stderr);
      assert.equal(three.status, one.status);
    });
  }

  it('lintInWorkers gives each file the outcome this thread gives it, in the order of the files', async () => {
    const files = (await glob('**/*.poa*', { cwd: dir, absolute: true })).sort();
    assert.ok(files.length > 80, String(files.length));
    const tasks = files.map((file) => ({ file, settings: mergeSettings() }));
    const linter = createLinter({ rules });
    const here = tasks.map((task) => lintFile(linter, task));
    const threads = await lintInWorkers(tasks, 3, cli);
    assert.deepEqual(threads, here);
  });

  it('takes --jobs as a whole number of threads, 1 or more', () => {
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const result = spawnSync(process.execPath, [cli, `--jobs=${bad}`, '.'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 2, bad);
      assert.equal(result.stderr, `poa-lint: --jobs takes a number of threads, 1 or more, not "${bad}"\n`);
    }
  });
});
