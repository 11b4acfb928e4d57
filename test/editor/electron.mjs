#!/usr/bin/env node
// The same editor suite on the desktop VS Code, for machines that can
// download it (@vscode/test-electron fetches VS Code from Microsoft).
//   node test/editor/electron.mjs [--vsix FILE]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteDir = path.join(root, 'test', 'editor', 'suite');
const out = path.join(root, '.vscode-test', 'suite');
const vsixAt = process.argv.indexOf('--vsix');
const vsix = vsixAt > 0 ? path.resolve(process.argv[vsixAt + 1]) : undefined;

if (!vsix && spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
fs.rmSync(out, { recursive: true, force: true });
await esbuild.build({
  entryPoints: fs
    .readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteDir, f)),
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  logOverride: { 'require-resolve-not-external': 'silent' },
});

const vscodeExecutablePath = await downloadAndUnzipVSCode('stable');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'poa-e2e-'));
const launchArgs = [
  path.join(root, 'test', 'editor', 'workspace'),
  '--disable-workspace-trust',
  '--user-data-dir',
  path.join(tmp, 'u'),
  '--extensions-dir',
  path.join(tmp, 'x'),
];
if (vsix) {
  const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const installed = spawnSync(cli, [...args, '--extensions-dir', path.join(tmp, 'x'), '--install-extension', vsix], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (installed.status !== 0) process.exit(1);
}
try {
  await runTests({
    vscodeExecutablePath,
    // With a .vsix the suite finds the installed extension by id; a dev path is still required by the API,
    // so point it at an empty folder.
    extensionDevelopmentPath: vsix ? fs.mkdtempSync(path.join(tmp, 'dev-')) : root,
    extensionTestsPath: path.join(out, 'index.js'),
    launchArgs,
  });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
