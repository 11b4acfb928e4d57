import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { readSettings, type PoaSettings, type SettingProblem } from '../common/settings';

export const configFileName = '.poarc.json';

export interface ConfigFile {
  path: string;
  settings: Partial<PoaSettings>;
  /** Each problem names the file, the place and the key: "…/.poarc.json:3:5: rules.blame: expected …". */
  problems: string[];
  /** Set when the file itself could not be read (missing, not a regular file, too big): why, naming the file. */
  unread?: string;
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
 * Reads the text of a .poarc.json, from disk or sent by the editor (a virtual
 * workspace, vscode.dev): JSON with comments and trailing commas (JSONC), as
 * VS Code's own settings files. A broken file or a bad value gives a message
 * naming the file, the line:column and the key; the rest stays in force.
 */
export function readConfigText(path: string, raw: string, knownRules: readonly string[]): ConfigFile {
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
