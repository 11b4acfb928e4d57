import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlanFiles } from '../common/plan-files';

/** A notice, a previous version or an attachment is a few KB; past this the file is not read. */
const maxBytes = 10 * 1024 * 1024;

/** UTF-8 (a byte order mark allowed) or UTF-16 with its byte order mark; binary or other encodings give undefined. */
function textOf(buffer: Buffer): string | undefined {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  if (buffer.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

/** The disk beside a plan, for the CLI and the server. A folder or a FIFO is never opened: reading a FIFO would wait for a writer. */
export function planFilesBeside(planPath: string): PlanFiles {
  const folder = dirname(planPath);
  const resolve = (path: string) => (isAbsolute(path) ? path : join(folder, path));
  const kind = (path: string) => {
    try {
      return statSync(resolve(path)).isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  };
  return {
    kind,
    readText(path) {
      try {
        const stats = statSync(resolve(path));
        if (!stats.isFile() || stats.size > maxBytes) return undefined;
        return textOf(readFileSync(resolve(path)));
      } catch {
        return undefined;
      }
    },
    list() {
      try {
        return readdirSync(folder, { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name);
      } catch {
        return [];
      }
    },
    uriOf: (path) => pathToFileURL(resolve(path)).href,
  };
}
