import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '..', 'dist', 'cli.js');
const run = (args: string[], cwd?: string, input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, input });

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'poa-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const clean = [
  'Root cause:',
  'Our packing shift started after the 2 PM carrier cut-off from March 1 to March 14, 2026.',
  '',
  'Actions taken:',
  '• On March 15, 2026 our operations manager moved the packing shift to 7 AM.',
  '',
  'Preventive measures:',
  '• Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
  '• Starting March 16, 2026 every order is confirmed within 4 hours of pickup.',
  '• Starting March 16, 2026 our team lead reviews 20 orders every Friday.',
  '',
].join('\n');
// One warning (vague): under actions taken the promise would also be actions-not-taken.
const warningOnly = clean.replace('Preventive measures:\n', 'Preventive measures:\n• We will be more careful by March 20, 2026.\n');
const withError = clean.replace('Root cause:\n', 'Seller ID: [Your Seller ID]\n\nRoot cause:\n');

describe('command line', function () {
  this.timeout(20_000);

  it('exits 0 and says so when a plan has no problems', () => {
    const dir = workspace({ 'good.poa.txt': clean });
    const result = run(['good.poa.txt'], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /no problems/);
  });

  it('exits 1 on an error and prints it stylish with line:column, severity, message and rule id', () => {
    const dir = workspace({ 'plan.poa.txt': withError });
    const result = run(['plan.poa.txt'], dir);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^plan\.poa\.txt$/m);
    assert.match(result.stdout, /^ {2}1:12 +error +Unfilled placeholder '\[Your Seller ID\]'.* placeholder$/m);
    assert.match(result.stdout, /1 problem \(1 error, 0 warnings\)/);
  });

  it('prints JSON with 1-based lines, UTF-16 columns and endColumn one past the end', () => {
    const emoji = clean.replace('Root cause:\n', 'Root cause:\n🚚 The delay was caused by the carrier.\n');
    const dir = workspace({ 'plan.poa.txt': emoji });
    const result = run(['--format', 'json', 'plan.poa.txt'], dir);
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.length, 1);
    assert.equal(report[0].file, 'plan.poa.txt');
    assert.deepEqual(
      report[0].messages.map((m: { ruleId: string }) => m.ruleId),
      ['blame'],
    );
    const { line, column, endLine, endColumn, severity } = report[0].messages[0];
    assert.deepEqual(
      { line, column, endLine, endColumn, severity },
      { line: 2, column: 4, endLine: 2, endColumn: 40, severity: 'warning' },
    );
  });

  it('exits 0 with warnings, and 1 when there are more than --max-warnings', () => {
    const dir = workspace({ 'plan.poa.txt': warningOnly });
    assert.equal(run(['plan.poa.txt'], dir).status, 0);
    assert.equal(run(['--max-warnings', '1', 'plan.poa.txt'], dir).status, 0);
    const over = run(['--max-warnings', '0', 'plan.poa.txt'], dir);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /more than --max-warnings 0/);
  });

  it('--quiet reports errors only', () => {
    const dir = workspace({ 'a.poa.txt': warningOnly, 'b.poa.txt': withError });
    const result = run(['--quiet', '--format', 'json', 'a.poa.txt', 'b.poa.txt'], dir);
    const severities = JSON.parse(result.stdout).flatMap((r: { messages: { severity: string }[] }) => r.messages.map((m) => m.severity));
    assert.deepEqual([...new Set(severities)], ['error']);
  });

  it('--report-unused-disables lists a disable comment that disables nothing, with its line; without it the plan is clean', () => {
    const unused = clean.replace('Actions taken:\n', 'Actions taken:\n<!-- poa-disable-next-line blame -->\n');
    const dir = workspace({ 'a.poa.txt': unused });
    assert.match(run(['a.poa.txt'], dir).stdout, /no problems/);
    const result = run(['--report-unused-disables', 'a.poa.txt'], dir);
    assert.equal(result.status, 0, 'a hint is no error');
    assert.match(
      result.stdout,
      /5:1 +hint +This poa-disable-next-line comment disables blame, but nothing here is flagged .* disable-comment/,
    );
  });

  it('lints every POA in a folder and reads a quoted glob', () => {
    const dir = workspace({ 'a.poa.txt': clean, 'b.poa.md': clean, 'notes.txt': 'not a POA' });
    const folder = JSON.parse(run(['--format', 'json', '.'], dir).stdout).map((r: { file: string }) => r.file);
    assert.deepEqual(folder, ['a.poa.txt', 'b.poa.md']);
    const glob = JSON.parse(run(['--format', 'json', '*.poa.txt'], dir).stdout).map((r: { file: string }) => r.file);
    assert.deepEqual(glob, ['a.poa.txt']);
  });

  it('--config applies a .poarc.json; a bad value is named with its file, line:column and key and the defaults stay', () => {
    const dir = workspace({
      'plan.poa.txt': withError,
      'strict.json': JSON.stringify({ rules: { placeholder: 'warning', vague: 'shout' } }),
    });
    const result = run(['--config', 'strict.json', 'plan.poa.txt'], dir);
    assert.equal(result.status, 0, 'placeholder is a warning now');
    assert.match(result.stderr, /strict\.json:1:35: rules\.vague: expected one of/);
  });

  it('reads the nearest .poarc.json without being told', () => {
    const dir = workspace({ 'plan.poa.txt': withError, '.poarc.json': '{"rules": {"placeholder": "off"}}' });
    assert.equal(run(['plan.poa.txt'], dir).status, 0);
  });

  for (const [why, args] of [
    ['a missing file', ['nope.poa.md']],
    ['an unknown flag', ['--shout', 'x.poa.md']],
    ['a bad --format', ['--format', 'xml', 'x.poa.md']],
    ['a bad --max-warnings', ['--max-warnings', 'many', 'x.poa.md']],
    ['no files', []],
    ['a missing --config file', ['--config', 'nope.json', 'x.poa.md']],
  ] as const) {
    it(`exits 2 with one clear line and no stack trace on ${why}`, () => {
      const dir = workspace({ 'x.poa.md': clean });
      const result = run([...args], dir);
      assert.equal(result.status, 2);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0], /^poa-lint: /);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    });
  }

  it('names a missing path, an empty folder and a glob that matches nothing, still lints the other files, and exits 2 at the end', () => {
    const dir = workspace({ 'bad.poa.txt': withError });
    const result = run(['--format', 'json', 'missing.poa.md', 'bad.poa.txt', 'nothing-*.poa.md'], dir);
    assert.equal(result.status, 2);
    assert.deepEqual(
      JSON.parse(result.stdout).map((r: { file: string }) => r.file),
      ['bad.poa.txt'],
    );
    assert.match(result.stderr, /missing\.poa\.md: no such file or folder/);
    assert.match(result.stderr, /nothing-\*\.poa\.md: no files match this pattern/);
  });

  it('reads a plan from standard input with -, linted as --stdin-filename says (format and .poarc.json)', () => {
    const dir = workspace({ '.poarc.json': '{"rules": {"vague": "off"}}' });
    const asMarkdown = run(['--format', 'json', '-'], dir, warningOnly);
    assert.equal(asMarkdown.status, 0, asMarkdown.stderr);
    const [report] = JSON.parse(asMarkdown.stdout);
    assert.equal(report.file, 'stdin.poa.md');
    const ids = report.messages.map((m: { ruleId: string }) => m.ruleId);
    assert.ok(!ids.includes('vague'), `the .poarc.json of the working folder turns vague off: ${ids}`);
    assert.ok(ids.includes('unmeasurable-action'), 'read as Markdown, where the pasted bullet is a sentence of its own');
    const asPlain = run(['--format', 'json', '--stdin-filename', 'draft.poa.txt', '-'], dir, withError);
    assert.equal(asPlain.status, 1);
    assert.equal(JSON.parse(asPlain.stdout)[0].file, 'draft.poa.txt');
    assert.equal(run(['-', '-'], dir, clean).status, 2, 'standard input once');
  });

  it('--format github writes one workflow annotation per finding, with its file, lines, columns and rule', () => {
    const dir = workspace({ 'plan, v2.poa.txt': withError });
    const result = run(['--format', 'github', 'plan, v2.poa.txt'], dir);
    assert.equal(result.status, 1);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.length >= 1);
    assert.match(
      lines[0],
      /^::error file=plan%2C v2\.poa\.txt,line=1,col=12,endLine=1,endColumn=28,title=poa-lint \(placeholder\)::Unfilled placeholder/,
    );
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=/);
  });

  it('--config-strict makes a problem in a .poarc.json exit 2, after the report', () => {
    const dir = workspace({ 'good.poa.txt': clean, '.poarc.json': '{"rules": {"blame": "loud"}}' });
    assert.equal(run(['good.poa.txt'], dir).status, 0, 'a message only, without the flag');
    const strict = run(['--config-strict', 'good.poa.txt'], dir);
    assert.equal(strict.status, 2);
    assert.match(strict.stderr, /rules\.blame/);
    assert.match(strict.stdout, /no problems/);
  });
});
