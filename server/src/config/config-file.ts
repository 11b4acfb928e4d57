import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configFileName, readConfigText, type ConfigFile } from './config-text';

export { configFileName, type ConfigFile };

function unread(path: string, why: string): ConfigFile {
  return { path, settings: {}, problems: [`${path}: ${why}; the defaults are used`], unread: `${path}: ${why}` };
}

/** The nearest .poarc.json at or above a folder, if any. */
export function findConfigFile(startDirectory: string): string | undefined {
  let directory = resolve(startDirectory);
  for (;;) {
    const candidate = join(directory, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * Reads a .poarc.json. A broken file or a bad value gives a message naming
 * the file and key; everything else in the file, and the defaults, stay in force.
 */
export function readConfigFile(path: string, knownRules: readonly string[]): ConfigFile {
  let raw: string;
  try {
    const stats = statSync(path);
    // A folder, a FIFO or a device named .poarc.json: reading a FIFO would block the server until something writes to it.
    if (!stats.isFile()) return unread(path, 'not a regular file');
    if (stats.size > 1_000_000) return unread(path, 'the file is over 1 MB and was not read');
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    return unread(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readConfigText(path, raw, knownRules);
}

/**
 * The .poarc.json in force for each folder, found upward and read once: the
 * one lookup the CLI and the server (and so both exports) share. An explicit
 * file (`--config`) stands for every folder.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, ConfigFile | undefined>();

  /** `knownRules`: the ids a file may name; `explicit`: the file given on the command line, if any. */
  constructor(
    private readonly knownRules: readonly string[],
    private readonly explicit?: ConfigFile,
  ) {}

  forDirectory(directory: string): ConfigFile | undefined {
    if (this.explicit) return this.explicit;
    if (!this.byDirectory.has(directory)) {
      const path = findConfigFile(directory);
      this.byDirectory.set(directory, path ? readConfigFile(path, this.knownRules) : undefined);
    }
    return this.byDirectory.get(directory);
  }

  forFile(file: string): ConfigFile | undefined {
    return this.forDirectory(dirname(resolve(file)));
  }

  /** Forgets what was read: a .poarc.json changed. */
  clear(): void {
    this.byDirectory.clear();
  }
}
