import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const plan = [
  '# Plan of Action',
  '',
  '## Root cause',
  '',
  'Our packing shift started after the 2 PM carrier cut-off from March 1 to March 14, 2026.',
  '',
  '## Actions taken',
  '',
  '- On March 15, 2026 our operations manager moved the packing shift to 7 AM.',
  '- We retrained our packing staff.',
  '',
].join('\n');

/** Neovim's built-in LSP client against dist/cli.js --stdio: what a seller outside VS Code gets. */
describe('Neovim (headless, its built-in LSP client)', () => {
  it('shows the diagnostics, and applies a SMART rewrite and a missing-section fix as plain edits', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.error, undefined, 'nvim is not installed (Debian: apt-get install neovim)');
    const dir = mkdtempSync(join(tmpdir(), 'poa-nvim-'));
    const file = join(dir, 'plan.poa.md');
    const out = join(dir, 'result.json');
    writeFileSync(file, plan);
    const home = mkdtempSync(join(tmpdir(), 'poa-nvim-home-'));
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'drive.lua')}`], {
      encoding: 'utf8',
      timeout: 50_000,
      env: {
        ...process.env,
        HOME: home,
        XDG_STATE_HOME: home,
        XDG_DATA_HOME: home,
        XDG_CACHE_HOME: home,
        POA_PLAN: file,
        POA_OUT: out,
        POA_NODE: process.execPath,
        POA_CLI: join(root, 'dist', 'cli.js'),
      },
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      error?: string;
      opened: string[];
      smartActions: string[];
      sectionActions: string[];
      lines: string[];
      after: string[];
    };
    assert.equal(result.error, undefined, `${result.error}\n${run.stderr}`);
    assert.ok(result.opened.includes('10 untimed-action'), result.opened.join(', '));
    assert.ok(
      result.opened.some((d) => d.endsWith(' missing-preventive-measures')),
      result.opened.join(', '),
    );
    assert.ok(result.smartActions.includes('Disable untimed-action for this line'), result.smartActions.join(', '));
    assert.deepEqual(result.lines, [
      '# Plan of Action',
      '',
      '## Root cause',
      '',
      'Our packing shift started after the 2 PM carrier cut-off from March 1 to March 14, 2026.',
      '',
      '## Actions taken',
      '',
      '- On March 15, 2026 our operations manager moved the packing shift to 7 AM.',
      '- On [date] [who] [did what, how much]',
      '',
      '## Preventive measures',
      '',
      '- [Who will do what, how often, starting on which date]',
    ]);
    assert.ok(!result.after.some((d) => d.endsWith(' missing-preventive-measures')), result.after.join(', '));
    assert.ok(result.after.includes('10 placeholder'), `the skeleton's blanks are flagged to fill: ${result.after.join(', ')}`);
  });
});
