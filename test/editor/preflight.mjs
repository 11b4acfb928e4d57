// What run.mjs checks before it installs or starts anything: the system packages
// it cannot install itself, and the install locks a killed run may have left.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Debian packages the suite needs; the headers only to build code-server's kerberos addon on install. */
export const systemPackages = [
  { name: 'Chromium', file: '/usr/bin/chromium', debian: 'chromium', onlyToInstall: false },
  { name: 'the Kerberos headers', file: '/usr/include/gssapi.h', debian: 'libkrb5-dev', onlyToInstall: true },
];

/**
 * The packages whose file is missing. `chromium` replaces Chromium's path
 * (POA_E2E_CHROMIUM); with code-server installed already, the headers are not needed.
 */
export function missingSystemPackages({ chromium, codeServerInstalled, exists = fs.existsSync }) {
  return systemPackages
    .map((spec) => (spec.debian === 'chromium' && chromium ? { ...spec, file: chromium } : spec))
    .filter((spec) => !(spec.onlyToInstall && codeServerInstalled))
    .filter((spec) => !exists(spec.file));
}

/** What to tell the user: each missing file, and the one command that installs them all. */
export function missingPackagesMessage(missing) {
  const lines = ['[editor] cannot run: the editor suite needs system packages that are missing:'];
  for (const spec of missing) lines.push(`  ${spec.name}: no ${spec.file} (Debian package ${spec.debian})`);
  lines.push('Install them and run again:', `  apt-get update && apt-get install -y ${missing.map((spec) => spec.debian).join(' ')}`);
  return lines.join('\n');
}

/** The exit code of a run that stopped before it started because the machine lacks a package. */
export const MISSING_PACKAGES_EXIT = 3;

/** A lock that records no owner is a run's that is writing it, unless it is older than this. */
const OWNERLESS_GRACE_MS = 30_000;

export function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, but belongs to someone else.
    return error.code === 'EPERM';
  }
}

/** Why the lock at `lock` was left by a run that will never release it; undefined while its owner may still be at work. */
export function staleLockReason(lock, { maxAgeMs, now = Date.now(), isAlive = isProcessAlive }) {
  const stat = fs.statSync(lock, { throwIfNoEntry: false });
  if (!stat) return undefined;
  let owner;
  try {
    owner = JSON.parse(fs.readFileSync(path.join(lock, 'owner.json'), 'utf8'));
  } catch {
    if (now - stat.mtimeMs > OWNERLESS_GRACE_MS) return 'it names no owner (a run killed as it took the lock, or an older runner)';
    return undefined;
  }
  if (!Number.isInteger(owner.pid) || !isAlive(owner.pid)) return `the run that took it (pid ${owner.pid}) is no longer running`;
  const age = now - (Number(owner.started) || stat.mtimeMs);
  if (age > maxAgeMs) return `it is ${Math.round(age / 60_000)} minutes old, longer than an install may take`;
  return undefined;
}

/**
 * One installer at a time: another run in this checkout waits for it, and a
 * lock its owner left behind (killed mid-install) is cleared with a message.
 */
export async function withLock(lock, fn, { maxAgeMs, log = console.log, pollMs = 1000 }) {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + maxAgeMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, started: Date.now() }) + '\n');
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const stale = staleLockReason(lock, { maxAgeMs });
      if (stale) {
        log(`removing the stale lock ${lock}: ${stale}`);
        fs.rmSync(lock, { recursive: true, force: true });
      } else if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`, { cause: error });
      else await new Promise((r) => setTimeout(r, pollMs));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
