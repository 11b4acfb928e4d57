/**
 * A parser for VS Code's snippet syntax, strict where VS Code is lenient: VS
 * Code silently inserts a malformed `${` or `}` as text, which hides mistakes
 * in a snippet file, so here they are errors.
 *
 * https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar
 */

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; transform?: SnippetTransform }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[]; transform?: SnippetTransform };

export interface SnippetTransform {
  regex: string;
  format: string;
  options: string;
}

export class SnippetSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset into the body (lines joined by "\n"). */
    readonly offset: number,
    body: string,
  ) {
    const before = body.slice(0, offset).split('\n');
    super(`${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`);
    this.name = 'SnippetSyntaxError';
  }
}

/** Variables VS Code resolves; any other name is inserted as a placeholder with the name as its text. */
export const knownVariables = new Set([
  'TM_SELECTED_TEXT',
  'TM_CURRENT_LINE',
  'TM_CURRENT_WORD',
  'TM_LINE_INDEX',
  'TM_LINE_NUMBER',
  'TM_FILENAME',
  'TM_FILENAME_BASE',
  'TM_DIRECTORY',
  'TM_FILEPATH',
  'RELATIVE_FILEPATH',
  'CLIPBOARD',
  'WORKSPACE_NAME',
  'WORKSPACE_FOLDER',
  'CURSOR_INDEX',
  'CURSOR_NUMBER',
  'CURRENT_YEAR',
  'CURRENT_YEAR_SHORT',
  'CURRENT_MONTH',
  'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE',
  'CURRENT_DAY_NAME',
  'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR',
  'CURRENT_MINUTE',
  'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET',
  'RANDOM',
  'RANDOM_HEX',
  'UUID',
  'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END',
  'LINE_COMMENT',
]);

/** A snippet body as package authors write it: one string, or lines joined by "\n". */
export function joinBody(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

const digit = /[0-9]/;
const nameStart = /[A-Za-z_]/;
const nameChar = /[A-Za-z0-9_]/;

class SnippetParser {
  private pos = 0;

  constructor(private readonly body: string) {}

  parse(): SnippetNode[] {
    const nodes = this.sequence(undefined);
    return nodes;
  }

  private fail(message: string, offset = this.pos): never {
    throw new SnippetSyntaxError(message, offset, this.body);
  }

  /** Text and elements up to the end of the body, or up to the `}` that closes the element opened at `openedAt`. */
  private sequence(openedAt: number | undefined): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.body.length) {
      const ch = this.body[this.pos];
      if (ch === '\\') {
        const next = this.body[this.pos + 1];
        // Only \$, \} and \\ are escapes; any other backslash is literal.
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos++;
        }
      } else if (ch === '$') {
        const element = this.dollar();
        if (element) {
          flush();
          nodes.push(element);
        } else {
          text += '$';
          this.pos++;
        }
      } else if (ch === '}') {
        if (openedAt === undefined) this.fail("Unbalanced '}': nothing to close here; write '\\\\}' for a literal brace");
        flush();
        this.pos++;
        return nodes;
      } else {
        text += ch;
        this.pos++;
      }
    }
    if (openedAt !== undefined) this.fail("Unbalanced '${': no '}' closes it", openedAt);
    flush();
    return nodes;
  }

  /** An element starting at `$`, or undefined when the `$` is literal text (`$` then a space, `$.`). */
  private dollar(): SnippetNode | undefined {
    const start = this.pos;
    const next = this.body[start + 1];
    if (next !== undefined && digit.test(next)) {
      this.pos++;
      return { kind: 'tabstop', index: this.integer() };
    }
    if (next !== undefined && nameStart.test(next)) {
      this.pos++;
      return { kind: 'variable', name: this.name() };
    }
    if (next !== '{') return undefined;
    this.pos += 2;
    const first = this.body[this.pos];
    if (first !== undefined && digit.test(first)) return this.tabstopElement(start, this.integer());
    if (first !== undefined && nameStart.test(first)) return this.variableElement(start, this.name());
    return this.fail("'${' must be followed by a tab stop number or a variable name; write '\\\\$' for a literal dollar sign", start);
  }

  private tabstopElement(start: number, index: number): SnippetNode {
    const ch = this.body[this.pos];
    if (ch === '}') {
      this.pos++;
      return { kind: 'tabstop', index };
    }
    if (ch === ':') {
      this.pos++;
      return { kind: 'placeholder', index, children: this.sequence(start) };
    }
    if (ch === '|') {
      this.pos++;
      return { kind: 'choice', index, options: this.choiceOptions(start) };
    }
    if (ch === '/') return { kind: 'tabstop', index, transform: this.transform(start) };
    if (ch === undefined) return this.fail("Unbalanced '${': no '}' closes it", start);
    return this.fail(`Unexpected '${ch}' after '\${${index}': expected '}', ':', '|' or '/'`);
  }

  private variableElement(start: number, name: string): SnippetNode {
    const ch = this.body[this.pos];
    if (ch === '}') {
      this.pos++;
      return { kind: 'variable', name };
    }
    if (ch === ':') {
      this.pos++;
      return { kind: 'variable', name, children: this.sequence(start) };
    }
    if (ch === '/') return { kind: 'variable', name, transform: this.transform(start) };
    if (ch === undefined) return this.fail("Unbalanced '${': no '}' closes it", start);
    return this.fail(`Unexpected '${ch}' after '\${${name}': expected '}', ':' or '/'`);
  }

  /** `a,b,c|}` after `${n|`; `\,` `\|` and `\\` are the escapes VS Code reads in a choice. */
  private choiceOptions(start: number): string[] {
    const options: string[] = [];
    let option = '';
    while (this.pos < this.body.length) {
      const ch = this.body[this.pos];
      if (ch === '\\' && /[,|\\]/.test(this.body[this.pos + 1] ?? '')) {
        option += this.body[this.pos + 1];
        this.pos += 2;
      } else if (ch === ',' || ch === '|') {
        if (!option) this.fail(`Bad choice: option ${options.length + 1} is empty (a stray ',' or '|'?)`);
        options.push(option);
        option = '';
        this.pos++;
        if (ch === '|') {
          if (this.body[this.pos] !== '}')
            this.fail("Bad choice: '|' must be followed by '}' to close the choice; write '\\\\|' for a literal bar");
          this.pos++;
          return options;
        }
      } else {
        option += ch;
        this.pos++;
      }
    }
    return this.fail("Bad choice: no '|}' closes it", start);
  }

  /** `/regex/format/options}`; the regex must compile, as VS Code runs it with JavaScript. */
  private transform(start: number): SnippetTransform {
    const part = (what: string): string => {
      this.pos++; // the '/' before the part
      let value = '';
      let depth = 0; // inside a format's ${1:/upcase}, a '/' does not end the part
      while (this.pos < this.body.length && (depth > 0 || this.body[this.pos] !== '/')) {
        if (this.body[this.pos] === '\\' && this.pos + 1 < this.body.length) {
          value += this.body.slice(this.pos, this.pos + 2);
          this.pos += 2;
          continue;
        }
        if (what === 'format' && this.body.startsWith('${', this.pos)) depth++;
        else if (depth > 0 && this.body[this.pos] === '}') depth--;
        value += this.body[this.pos++];
      }
      if (this.pos >= this.body.length) this.fail(`Bad transform: the ${what} has no closing '/'`, start);
      return value;
    };
    const regex = part('regex');
    const format = part('format');
    this.pos++;
    let options = '';
    while (this.pos < this.body.length && this.body[this.pos] !== '}') options += this.body[this.pos++];
    if (this.pos >= this.body.length) this.fail("Unbalanced '${': no '}' closes the transform", start);
    this.pos++;
    if (/[^gimsuy]/.test(options)) this.fail(`Bad transform: unknown regex options '${options}'`, start);
    try {
      new RegExp(regex, options);
    } catch (error) {
      this.fail(`Bad transform: the regex does not compile: ${(error as Error).message}`, start);
    }
    return { regex, format, options };
  }

  private integer(): number {
    const start = this.pos;
    while (this.pos < this.body.length && digit.test(this.body[this.pos])) this.pos++;
    return Number(this.body.slice(start, this.pos));
  }

  private name(): string {
    const start = this.pos;
    while (this.pos < this.body.length && nameChar.test(this.body[this.pos])) this.pos++;
    return this.body.slice(start, this.pos);
  }
}

/** Parses a snippet body; throws SnippetSyntaxError naming the line and column of the first mistake. */
export function parseSnippet(body: string): SnippetNode[] {
  return new SnippetParser(body).parse();
}

/** Every element in document order, nested ones included. */
export function* walkSnippet(nodes: readonly SnippetNode[]): Generator<SnippetNode> {
  for (const node of nodes) {
    yield node;
    if (node.kind === 'placeholder' || (node.kind === 'variable' && node.children)) yield* walkSnippet(node.children!);
  }
}

/**
 * The text VS Code inserts when the user fills nothing in: each placeholder's
 * own text, the first option of each choice, a bare `$n` mirroring the text
 * of tab stop n, and variables as their default (or nothing).
 */
export function expandSnippetBody(body: string): string {
  const nodes = parseSnippet(body);
  const defaults = new Map<number, SnippetNode>();
  for (const node of walkSnippet(nodes)) {
    if ((node.kind === 'placeholder' || node.kind === 'choice') && !defaults.has(node.index)) defaults.set(node.index, node);
  }
  const render = (list: readonly SnippetNode[], mirroring: ReadonlySet<number>): string =>
    list
      .map((node): string => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'placeholder':
            return render(node.children, new Set([...mirroring, node.index]));
          case 'choice':
            return node.options[0];
          case 'variable':
            return node.children ? render(node.children, mirroring) : '';
          case 'tabstop': {
            const source = defaults.get(node.index);
            // A transform rewrites the mirrored text; with nothing filled in, leave it out rather than guess.
            if (!source || node.transform || mirroring.has(node.index)) return '';
            return render([source], mirroring);
          }
        }
      })
      .join('');
  return render(nodes, new Set());
}
