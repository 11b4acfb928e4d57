import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** Files the CLI lints when given a folder. */
export const poaFilePattern = /\.poa(?:\.md|\.txt)?$/i;
/** A POA is a few KB (consultants aim for 400 to 800 words); ten megabytes is far past any, and still lints in about ten seconds. */
export const maxFileBytes = 10 * 1024 * 1024;

export class UsageError extends Error {}

function walk(directory: string, into: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.git')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (poaFilePattern.test(entry.name)) into.push(path);
  }
}

/**
 * Files, folders (searched for *.poa, *.poa.md, *.poa.txt) and quoted globs,
 * in order, each once; a target that gives no file is named in `missing`
 * with the reason, and the others are still linted.
 */
export function expandTargets(targets: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const target of targets) {
    let stats;
    try {
      stats = statSync(target);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const found: string[] = [];
      walk(target, found);
      if (found.length === 0) missing.push(`${target}: no POA files (*.poa, *.poa.md, *.poa.txt) in this folder`);
      files.push(...found);
    } else if (stats) {
      files.push(target);
    } else if (isDynamicPattern(target)) {
      const found = globSync(target, { onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
      if (found.length === 0) missing.push(`${target}: no files match this pattern`);
      files.push(...found);
    } else {
      missing.push(`${target}: no such file or folder`);
    }
  }
  return { files: [...new Set(files)], missing };
}

/**
 * Reads a POA as text. UTF-8 (with or without a byte order mark) and UTF-16
 * with a byte order mark are read; anything else is refused with a reason.
 */
export function readTextFile(path: string): string {
  let fd: number;
  let size: number;
  try {
    // Asked before opening: opening a FIFO for reading waits until something writes to it.
    const stats = statSync(path);
    if (!stats.isFile()) throw new UsageError(`${path}: not a regular file`);
    if (stats.size > maxFileBytes)
      throw new UsageError(
        `${path}: ${(stats.size / 1024 / 1024).toFixed(1)} MB is too large to lint (a POA is a few KB; the limit is 10 MB)`,
      );
    size = stats.size;
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(buffer.subarray(0, read), path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** Text from bytes: UTF-8 (a byte order mark allowed) or UTF-16 with its byte order mark; anything else is refused, naming `path`. */
export function decode(buffer: Buffer, path: string): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  if (buffer.includes(0)) throw new UsageError(`${path}: binary file (it contains NUL bytes), not a text POA`);
  if (buffer.length > maxFileBytes)
    throw new UsageError(
      `${path}: ${(buffer.length / 1024 / 1024).toFixed(1)} MB is too large to lint (a POA is a few KB; the limit is 10 MB)`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new UsageError(`${path}: not UTF-8 text; save it as UTF-8 and try again`);
  }
}
