import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { readSettings, type PoaSettings, type SettingProblem } from '../common/settings';

export const configFileName = '.poarc.json';

export interface ConfigFile {
  path: string;
  settings: Partial<PoaSettings>;
  /** Each problem names the file and the key: "…/.poarc.json: rules.blame: expected …". */
  problems: string[];
  /** Set when the file itself could not be read (missing, not a regular file, too big): why, naming the file. */
  unread?: string;
}

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

/** 1-based line and column (UTF-16) of an offset, as editors and compilers name a place in a file. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** Where a problem's key is written: the deepest part of its dotted path the file has (the key itself, or its object). */
function placeOf(tree: Node | undefined, key: string): number | undefined {
  if (!tree) return undefined;
  const path = key.split('.');
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    // The property's name, not its value: "rules.blam" points at "blam".
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return tree.offset;
}

function describe(path: string, text: string, tree: Node | undefined, problem: SettingProblem): string {
  const at = placeOf(tree, problem.key);
  return `${path}${at === undefined ? '' : `:${lineColumn(text, at)}`}: ${problem.key}: ${problem.message}`;
}

const parseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

/** Why jsonc-parser stopped, in words: "CommaExpected" is "a comma is missing". */
const parseErrorWords: Record<string, string> = {
  InvalidSymbol: 'a character that does not belong here',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'a key in double quotes is missing',
  ValueExpected: 'a value is missing',
  ColonExpected: 'a colon is missing',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the object',
  InvalidCommentToken: 'a comment written wrongly',
  UnexpectedEndOfComment: 'a comment that is never closed',
  UnexpectedEndOfString: 'a string that is never closed',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'a \\u escape written wrongly',
  InvalidEscapeCharacter: 'an escape written wrongly',
  InvalidCharacter: 'a character that may not stand in a string',
};

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
  // JSON with comments and trailing commas (JSONC), as VS Code's own settings files.
  const text = raw.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, parseOptions);
  if (errors.length > 0) {
    const [first] = errors;
    const code = printParseErrorCode(first.error);
    const why = parseErrorWords[code] ?? code;
    return { path, settings: {}, problems: [`${path}:${lineColumn(text, first.offset)}: not valid JSON: ${why}; the defaults are used`] };
  }
  const { settings, problems } = readSettings(json, knownRules);
  const tree = problems.length > 0 ? parseTree(text, [], parseOptions) : undefined;
  return { path, settings, problems: problems.map((p) => describe(path, text, tree, p)) };
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
