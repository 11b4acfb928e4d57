import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, readFileSync, writeFileSync, ftruncateSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from './support/tally';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

const plan = [
  'Root cause:',
  'The delay was caused by the carrier.',
  '',
  'Actions taken:',
  '• On March 15, 2026 we refunded 14 buyers.',
  '',
  'Preventive measures:',
  '• Every Monday at 9 AM our lead checks 20 orders.',
  '',
].join('\n');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI, killing it after `limitMs`: a hang is a failure, not a stuck suite. */
function run(args: string[], cwd: string, limitMs = 30_000): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: performance.now() - started });
    });
  });
}

function assertOneClearLine(result: Run, pattern: RegExp, what: string): void {
  assert.notEqual(result.status, null, `${what}: the CLI hung and was killed`);
  assert.equal(result.status, 2, `${what}: exit ${result.status}\n${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `${what}: ${result.stderr}`);
  assert.match(lines[0], /^poa-lint: /, what);
  assert.match(lines[0], pattern, what);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/, `${what}: a stack trace`);
}

describe('the CLI on hostile files', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'poa-adv-cli-'));
  const path = (name: string) => join(dir, name);

  before(() => {
    writeFileSync(path('good.poa.md'), plan);
    mkdirSync(path('empty-folder'));
    mkdirSync(path('folder-without-poas'));
    writeFileSync(path('folder-without-poas/notes.txt'), 'not a POA');
    writeFileSync(path('latin1.poa.txt'), Buffer.from(plan.replace('carrier', 'carrier’s café'), 'latin1'));
    writeFileSync(path('binary.poa'), Buffer.from([0x52, 0x6f, 0x6f, 0x74, 0x00, 0x01, 0xff, 0xfe, 0x00]));
    writeFileSync(path('utf16le.poa.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')]));
    const be = Buffer.from(plan, 'utf16le').swap16();
    writeFileSync(path('utf16be.poa.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    writeFileSync(path('bom.poa.md'), `\ufeff${plan}`);
    writeFileSync(path('crlf-emoji.poa.txt'), plan.replace(/\n/g, '\r\n').replace('Root cause:', 'Root cause 🚚:'));
    // A sparse file: 50 MB on paper, no disk used.
    const fd = openSync(path('huge.poa.md'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    symlinkSync(path('loop.poa.md'), path('loop.poa.md'));
    symlinkSync(path('gone.poa.md'), path('dangling.poa.md'));
    execFileSync('mkfifo', [path('fifo.poa.md')]);
  });

  const refused: [string, string[], RegExp][] = [
    ['a missing file', ['missing.poa.md'], /missing\.poa\.md: no such file or folder/],
    ['a folder with no POA in it', ['empty-folder'], /no POA files/],
    ['a folder with only other files', ['folder-without-poas'], /no POA files/],
    ['a glob that matches nothing', ['nothing-*.poa.md'], /no files match/],
    ['a file that is not UTF-8', ['latin1.poa.txt'], /not UTF-8 text/],
    ['a binary file', ['binary.poa'], /binary file/],
    ['a 50 MB file', ['huge.poa.md'], /50\.0 MB is too large/],
    ['a symbolic link to itself (unreadable)', ['loop.poa.md'], /loop\.poa\.md: .*(cannot be read|no such file)/],
    ['a dangling symbolic link', ['dangling.poa.md'], /dangling\.poa\.md: no such file or folder/],
    ['a FIFO', ['fifo.poa.md'], /fifo\.poa\.md: not a regular file/],
    ['a --config that is a FIFO', ['--config', 'fifo.poa.md', 'good.poa.md'], /fifo\.poa\.md: not a regular file/],
    ['a --config that is a folder', ['--config', 'empty-folder', 'good.poa.md'], /empty-folder: not a regular file/],
    ['export of a FIFO', ['export', 'fifo.poa.md'], /fifo\.poa\.md: not a regular file/],
  ];
  for (const [what, args, pattern] of refused) {
    it(`refuses ${what}: exit 2, one clear line, no stack trace, no hang`, async () => {
      count('CLI faults injected');
      const result = await run(args, dir);
      assertOneClearLine(result, pattern, what);
      assert.equal(result.stdout, '', `${what}: nothing on stdout`);
    });
  }

  it('an unreadable file among good ones: the good ones are still reported, and the exit code says the run failed', async () => {
    count('CLI faults injected');
    const result = await run(['--format', 'json', 'good.poa.md', 'latin1.poa.txt'], dir);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /latin1\.poa\.txt: not UTF-8 text/);
    const reports = JSON.parse(result.stdout) as { file: string; messages: { ruleId: string }[] }[];
    assert.ok(
      reports.some((r) => r.file.endsWith('good.poa.md') && r.messages.some((m) => m.ruleId === 'blame')),
      result.stdout,
    );
  });

  for (const [name, why] of [
    ['utf16le.poa.txt', 'UTF-16 (little-endian, with its byte order mark)'],
    ['utf16be.poa.txt', 'UTF-16 (big-endian, with its byte order mark)'],
    ['bom.poa.md', 'UTF-8 with a byte order mark'],
    ['crlf-emoji.poa.txt', 'CRLF line ends and an emoji'],
  ]) {
    it(`lints ${why} as it lints the same plan in UTF-8`, async () => {
      count('CLI faults injected');
      const result = await run(['--format', 'json', name], dir);
      assert.equal(result.status, 0, result.stderr);
      const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
      assert.deepEqual(
        report.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`),
        ['2:1 blame'],
      );
    });
  }

  /** A folder holding a plan and a FIFO beside it. */
  const folderWithFifo = (name: string, planName: string, fifoName: string) => {
    mkdirSync(path(name));
    writeFileSync(path(`${name}/${planName}`), plan);
    execFileSync('mkfifo', [path(`${name}/${fifoName}`)]);
  };

  it('a FIFO inside a folder is skipped or refused, never waited on', async () => {
    count('CLI faults injected');
    folderWithFifo('with-fifo', 'a.poa.md', 'b.poa.md');
    const result = await run(['--format', 'json', 'with-fifo'], dir);
    assert.notEqual(result.status, null, 'the CLI hung');
    assert.match(result.stderr, /b\.poa\.md: not a regular file/);
    assert.ok(result.stdout.includes('a.poa.md'), result.stdout);
  });

  it('a .poarc.json that is a FIFO beside the plan is named and the defaults stay in force', async () => {
    count('CLI faults injected');
    folderWithFifo('rc-fifo', 'plan.poa.md', '.poarc.json');
    const result = await run(['--format', 'json', 'rc-fifo/plan.poa.md'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /\.poarc\.json: not a regular file/);
    assert.deepEqual(
      (JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId),
      ['blame'],
    );
  });

  it('nothing in a .poarc.json is executed or loaded as a module', async () => {
    count('CLI faults injected');
    const folder = path('trust');
    mkdirSync(folder);
    const marker = join(folder, 'ran');
    const evil = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};`;
    writeFileSync(join(folder, 'evil.js'), evil);
    writeFileSync(join(folder, 'evil.cjs'), evil);
    writeFileSync(
      join(folder, '.poarc.json'),
      JSON.stringify({
        extends: './evil.js',
        plugins: ['./evil.cjs'],
        require: './evil.js',
        parser: './evil.js',
        rules: { './evil.js': 'error' },
        vocabulary: { blame: ["require('./evil.js')", '${process.exit(3)}'] },
        __proto__: { polluted: true },
      }),
    );
    writeFileSync(join(folder, 'plan.poa.md'), plan);
    const result = await run(['--format', 'json', 'trust/plan.poa.md'], dir);
    assert.equal(existsSync(marker), false, 'a module named in .poarc.json ran');
    assert.equal(result.status, 0, result.stderr);
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown } };
    };
    assert.equal(
      manifest.capabilities.untrustedWorkspaces.supported,
      true,
      'the manifest says the extension runs in untrusted workspaces, which holds because nothing it reads runs',
    );
    for (const key of ['extends', 'plugins', 'require', 'parser', 'rules../evil.js'])
      assert.ok(result.stderr.includes(`: ${key}: `), `${key} is named: ${result.stderr}`);
  });
});
