import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MISSING_PACKAGES_EXIT, missingPackagesMessage, missingSystemPackages, staleLockReason, withLock } from './editor/preflight.mjs';

const root = join(__dirname, '..');
const minutes = (n: number) => n * 60_000;

/** A pid that is certainly free: a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function lockWithOwner(owner?: { pid: number; started: number }): string {
  const lock = join(mkdtempSync(join(tmpdir(), 'poa-lock-')), '.code-server.lock');
  mkdirSync(lock);
  if (owner) writeFileSync(join(lock, 'owner.json'), JSON.stringify(owner));
  return lock;
}

describe('editor suite runner: before it installs anything', () => {
  it('names each missing system package and the one apt-get command that installs them', () => {
    const missing = missingSystemPackages({ codeServerInstalled: false, exists: () => false });
    assert.deepEqual(
      missing.map((spec) => spec.file),
      ['/usr/bin/chromium', '/usr/include/gssapi.h'],
    );
    const message = missingPackagesMessage(missing);
    assert.match(message, /Chromium: no \/usr\/bin\/chromium \(Debian package chromium\)/);
    assert.match(message, /Kerberos headers: no \/usr\/include\/gssapi\.h \(Debian package libkrb5-dev\)/);
    assert.match(message, /^ {2}apt-get update && apt-get install -y chromium libkrb5-dev$/m);
  });

  it('asks for the Kerberos headers only while code-server still has to be built, and for Chromium where POA_E2E_CHROMIUM says', () => {
    const present = new Set(['/usr/bin/chromium']);
    assert.deepEqual(missingSystemPackages({ codeServerInstalled: true, exists: (file) => present.has(file) }), []);
    const missing = missingSystemPackages({ chromium: '/opt/chromium/chrome', codeServerInstalled: true, exists: (f) => present.has(f) });
    assert.deepEqual(
      missing.map((spec) => [spec.file, spec.debian]),
      [['/opt/chromium/chrome', 'chromium']],
    );
  });

  it('run.mjs exits at once with the message, installing nothing, when Chromium is missing', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [join(root, 'test', 'editor', 'run.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, POA_E2E_CHROMIUM: '/nonexistent/chromium' },
      timeout: 20_000,
    });
    assert.equal(result.status, MISSING_PACKAGES_EXIT, result.stdout + result.stderr);
    assert.match(result.stderr, /no \/nonexistent\/chromium/);
    assert.match(result.stderr, /apt-get install -y chromium/);
    assert.equal(result.stdout, '', 'no install, no build');
    assert.ok(Date.now() - started < 10_000);
  });
});

describe("editor suite runner: a killed install's lock", () => {
  const maxAgeMs = minutes(15);

  it('is stale when the pid in it is no longer running', () => {
    const pid = deadPid();
    assert.equal(
      staleLockReason(lockWithOwner({ pid, started: Date.now() }), { maxAgeMs }),
      `the run that took it (pid ${pid}) is no longer running`,
    );
  });

  it('is stale when it is older than an install may take, though its pid is alive (the pid was reused)', () => {
    const lock = lockWithOwner({ pid: process.pid, started: Date.now() - minutes(20) });
    assert.match(staleLockReason(lock, { maxAgeMs }) ?? '', /20 minutes old/);
  });

  it('is held while its owner runs, and while an ownerless lock is seconds old (its owner is writing it)', () => {
    assert.equal(staleLockReason(lockWithOwner({ pid: process.pid, started: Date.now() }), { maxAgeMs }), undefined);
    const ownerless = lockWithOwner();
    assert.equal(staleLockReason(ownerless, { maxAgeMs }), undefined);
    const old = new Date(Date.now() - minutes(2));
    utimesSync(ownerless, old, old);
    assert.match(staleLockReason(ownerless, { maxAgeMs }) ?? '', /names no owner/);
  });

  it('is cleared with a message and the install goes ahead at once; the lock is gone afterwards', async () => {
    const lock = lockWithOwner({ pid: deadPid(), started: Date.now() });
    const messages: string[] = [];
    const started = Date.now();
    const result = await withLock(lock, () => (assert.ok(existsSync(join(lock, 'owner.json'))), 'installed'), {
      maxAgeMs,
      log: (message) => messages.push(message),
      pollMs: 5000,
    });
    assert.equal(result, 'installed');
    assert.ok(Date.now() - started < 2000, 'no wait');
    assert.equal(messages.length, 1);
    assert.match(messages[0], /^removing the stale lock .*\.code-server\.lock: the run that took it \(pid \d+\) is no longer running$/);
    assert.ok(!existsSync(lock));
  });

  it('of a live run is waited for, not cleared', async () => {
    const lock = lockWithOwner({ pid: process.pid, started: Date.now() });
    const messages: string[] = [];
    const waiting = withLock(lock, () => 'second', { maxAgeMs, log: (m) => messages.push(m), pollMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(existsSync(join(lock, 'owner.json')), 'still held by the first run');
    // The first run finishes and releases it.
    rmSync(lock, { recursive: true, force: true });
    assert.equal(await waiting, 'second');
    assert.deepEqual(messages, []);
  });
});
