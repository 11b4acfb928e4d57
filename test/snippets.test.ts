import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expandSnippetBody,
  joinBody,
  knownVariables,
  parseSnippet,
  SnippetSyntaxError,
  walkSnippet,
  type SnippetNode,
} from './support/snippet';

const root = join(__dirname, '..');
const readJson = (path: string): any => JSON.parse(readFileSync(join(root, path), 'utf8'));
const packageJson = readJson('package.json');

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const snippetsPath = 'snippets/poa.code-snippets';
const snippets = Object.entries(readJson(snippetsPath) as Record<string, SnippetEntry>);
const prefixesOf = (entry: SnippetEntry) => (Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix]);

/** Parses a snippet's body, failing with the snippet's name and where the mistake is. */
function parseNamed(name: string, entry: SnippetEntry): SnippetNode[] {
  try {
    return parseSnippet(joinBody(entry.body));
  } catch (error) {
    if (error instanceof SnippetSyntaxError) assert.fail(`Snippet '${name}' (${prefixesOf(entry).join(', ')}): ${error.message}`);
    throw error;
  }
}

describe('snippets', () => {
  it('are contributed for the poa language at a path that exists', () => {
    const contributed = packageJson.contributes.snippets as { language: string; path: string }[];
    assert.ok(
      contributed.some((s) => s.language === 'poa' && s.path.replace(/^\.\//, '') === snippetsPath),
      `package.json does not contribute ${snippetsPath}`,
    );
    for (const { path } of contributed)
      assert.ok(existsSync(join(root, path)), `package.json contributes snippets at ${path}, which does not exist`);
  });

  it('give every snippet a prefix, a body and a description', () => {
    assert.ok(snippets.length > 0);
    for (const [name, entry] of snippets) {
      assert.ok(
        prefixesOf(entry).every((p) => typeof p === 'string' && /^[a-z][a-z0-9-]*$/.test(p)),
        `Snippet '${name}' needs a kebab-case prefix`,
      );
      assert.ok(
        typeof entry.body === 'string' || (Array.isArray(entry.body) && entry.body.every((l) => typeof l === 'string')),
        `Snippet '${name}' needs a body`,
      );
      assert.ok(
        typeof entry.description === 'string' && entry.description.trim().length >= 20,
        `Snippet '${name}' needs a description that says what it inserts`,
      );
    }
  });

  for (const [name, entry] of snippets) {
    it(`'${name}' parses as a VS Code snippet`, () => {
      parseNamed(name, entry);
    });
  }

  it('have unique prefixes', () => {
    const seen = new Map<string, string>();
    for (const [name, entry] of snippets) {
      for (const prefix of prefixesOf(entry)) {
        assert.ok(!seen.has(prefix), `Prefix '${prefix}' is used by both '${seen.get(prefix)}' and '${name}'`);
        seen.set(prefix, name);
      }
    }
  });

  it('have a full template, one per common issue type, one per section and a SMART action item', () => {
    const prefixes = new Set(snippets.flatMap(([, entry]) => prefixesOf(entry)));
    const required = [
      'poa-template',
      'poa-late-shipment',
      'poa-order-defect',
      'poa-cancellation',
      'poa-valid-tracking',
      'poa-ip-complaint',
      'poa-inauthentic',
      'poa-not-as-described',
      'poa-used-sold-as-new',
      'poa-root-cause',
      'poa-actions-taken',
      'poa-preventive-measures',
      'poa-action',
    ];
    for (const prefix of required) assert.ok(prefixes.has(prefix), `No snippet with prefix '${prefix}'`);
  });

  it('use only variables that VS Code resolves', () => {
    for (const [name, entry] of snippets) {
      for (const node of walkSnippet(parseNamed(name, entry))) {
        if (node.kind === 'variable')
          assert.ok(knownVariables.has(node.name), `Snippet '${name}' uses unknown variable $${node.name}: VS Code would insert its name`);
      }
    }
  });

  it('give a tab stop used twice the same default text', () => {
    for (const [name, entry] of snippets) {
      const texts = new Map<number, string>();
      for (const node of walkSnippet(parseNamed(name, entry))) {
        if (node.kind !== 'placeholder' && node.kind !== 'choice') continue;
        const text = node.kind === 'choice' ? node.options.join('|') : JSON.stringify(node.children);
        const previous = texts.get(node.index);
        assert.ok(previous === undefined || previous === text, `Snippet '${name}': tab stop ${node.index} has two different defaults`);
        texts.set(node.index, text);
      }
    }
  });

  it('keep each bracketed placeholder short and flat enough for the placeholder rule to see it whole', () => {
    // The rule reads [text] as one placeholder only up to 80 characters, on one line, with no brackets inside.
    for (const [name, entry] of snippets) {
      const text = expandSnippetBody(joinBody(entry.body));
      let depth = 0;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '[') {
          assert.equal(depth, 0, `Snippet '${name}': a bracket inside a bracket at ${JSON.stringify(text.slice(start, i + 20))}`);
          depth++;
          start = i;
        } else if (text[i] === ']') {
          assert.equal(depth, 1, `Snippet '${name}': ']' without '[' near ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 1))}`);
          depth--;
          const inner = text.slice(start + 1, i);
          assert.ok(
            inner.length >= 1 && inner.length <= 80 && !inner.includes('\n'),
            `Snippet '${name}': placeholder [${inner}] is ${inner.length} characters; keep it to 80 on one line`,
          );
        }
      }
      assert.equal(depth, 0, `Snippet '${name}': an unclosed '['`);
    }
  });

  it('write the three sections of each full template as Markdown headings, in order', () => {
    for (const [name, entry] of snippets) {
      const text = expandSnippetBody(joinBody(entry.body));
      if (!/^Subject:/.test(text)) continue;
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      assert.deepEqual(headings.slice(0, 3), ['Root Cause', 'Actions Taken', 'Preventive Measures'], `Snippet '${name}'`);
      assert.match(text, /Seller ID: \[Your Seller ID\]/, `Snippet '${name}' has no Seller ID in its subject`);
    }
  });
});

describe('expandSnippetBody', () => {
  it('inserts the text of each placeholder, nested ones included', () => {
    assert.equal(expandSnippetBody('- ${1:[who]} will ${2:do ${3:[what]}} by ${4:[date]}$0'), '- [who] will do [what] by [date]');
  });

  it('inserts the first option of a choice', () => {
    assert.equal(expandSnippetBody('${1|every day,every week|}'), 'every day');
    assert.equal(expandSnippetBody('${1|a\\, b,c\\|d|}'), 'a, b');
  });

  it('repeats a tab stop’s text where the tab stop is mirrored', () => {
    assert.equal(expandSnippetBody('${1:[Seller ID]} and $1, ${2|x,y|} and ${2}'), '[Seller ID] and [Seller ID], x and x');
    assert.equal(expandSnippetBody('$1 then ${1:late}'), 'late then late');
  });

  it('inserts a variable’s default, or nothing', () => {
    assert.equal(expandSnippetBody('${TM_SELECTED_TEXT:[text]}|$CLIPBOARD|${CURRENT_YEAR}'), '[text]||');
  });

  it('reads \\$, \\} and \\\\ as literal characters', () => {
    assert.equal(expandSnippetBody('cost \\$5 \\} \\\\ ${1:a\\}b}'), 'cost $5 } \\ a}b');
    assert.equal(expandSnippetBody('a $ sign and \\n'), 'a $ sign and \\n');
  });

  it('rejects an unclosed placeholder, naming where it starts', () => {
    assert.throws(() => expandSnippetBody('line one\n- ${1:[who] will'), /Unbalanced '\$\{'.*line 2, column 3/);
  });

  it('rejects a stray closing brace', () => {
    assert.throws(() => parseSnippet('by {{date}}'), /Unbalanced '\}'/);
  });

  it('rejects a bad choice', () => {
    assert.throws(() => parseSnippet('${1|a,,b|}'), /Bad choice: option 2 is empty/);
    assert.throws(() => parseSnippet('${1|a,b}'), /Bad choice/);
    assert.throws(() => parseSnippet('${1|a|b|}'), /Bad choice: '\|' must be followed by '\}'/);
  });

  it('rejects ${ with neither a number nor a name', () => {
    assert.throws(() => parseSnippet('${ 1:x}'), /tab stop number or a variable name/);
    assert.throws(() => parseSnippet('${1 x}'), /expected '\}', ':', '\|' or '\/'/);
  });

  it('accepts transforms and rejects one whose regex does not compile', () => {
    assert.doesNotThrow(() => parseSnippet('${1:name} ${1/(.*)/${1:/upcase}/} ${TM_FILENAME/[.].*$//}'));
    assert.throws(() => parseSnippet('${1/(/x/}'), /regex does not compile/);
  });
});

interface GrammarRule {
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  name?: string;
  include?: string;
  patterns?: GrammarRule[];
  [key: string]: unknown;
}

const grammarPath = 'syntaxes/poa.tmLanguage.json';

/**
 * TextMate grammars use Oniguruma; JavaScript's RegExp is close enough to
 * catch typos and unbalanced groups. A leading (?i) becomes the i flag;
 * patterns with Oniguruma-only syntax (\G, \A, \z, \h, \K, atomic groups,
 * possessive quantifiers, inline options mid-pattern) are skipped, not failed.
 */
function toJavaScriptRegExp(source: string, flags = ''): RegExp | undefined {
  let pattern = source;
  let extra = '';
  if (pattern.startsWith('(?i)')) {
    pattern = pattern.slice(4);
    extra = 'i';
  }
  const outsideClasses = pattern.replace(/\[(?:\\.|[^\]\\])*\]/g, '');
  if (/\\[AGzZhHK]|\(\?>|\(\?[imx-]+[:)]|[*+?}]\+/.test(outsideClasses)) return undefined;
  return new RegExp(pattern, flags + extra);
}

function* grammarRegexes(node: unknown, path: string): Generator<{ path: string; source: string }> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* grammarRegexes(child, `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string')
        yield { path: `${path}.${key}`, source: value };
      else yield* grammarRegexes(value, `${path}.${key}`);
    }
  }
}

/**
 * Scopes one line the way a TextMate tokenizer runs a flat list of match
 * rules: the earliest match wins, the first rule wins a tie.
 */
function scopeLine(rules: GrammarRule[], line: string): { text: string; scope: string }[] {
  const compiled = rules.map((rule) => ({ regex: toJavaScriptRegExp(rule.match!, 'g')!, scope: rule.name ?? '' }));
  const tokens: { text: string; scope: string }[] = [];
  let position = 0;
  while (position < line.length) {
    let best: { index: number; text: string; scope: string } | undefined;
    for (const { regex, scope } of compiled) {
      regex.lastIndex = position;
      const match = regex.exec(line);
      if (match && match[0] && (!best || match.index < best.index)) best = { index: match.index, text: match[0], scope };
    }
    if (!best) break;
    tokens.push({ text: best.text, scope: best.scope });
    position = best.index + best.text.length;
  }
  return tokens;
}

describe('grammar', () => {
  const grammar = readJson(grammarPath);
  const placeholderRules = grammar.repository.placeholder.patterns as GrammarRule[];
  const placeholdersIn = (line: string) =>
    scopeLine(placeholderRules, line)
      .filter((t) => /placeholder/.test(t.scope))
      .map((t) => t.text);

  it('is contributed for the poa language with scope text.poa at a path that exists', () => {
    const contributed = (packageJson.contributes.grammars as { language: string; scopeName: string; path: string }[]).find(
      (g) => g.language === 'poa',
    );
    assert.ok(contributed, 'package.json contributes no grammar for poa');
    assert.equal(contributed.scopeName, 'text.poa');
    assert.equal(contributed.path.replace(/^\.\//, ''), grammarPath);
    assert.equal(grammar.scopeName, 'text.poa');
  });

  it('includes Markdown after its own patterns, and every #include resolves', () => {
    const includes = (grammar.patterns as GrammarRule[]).map((p) => p.include);
    assert.equal(includes[includes.length - 1], 'text.html.markdown');
    assert.ok(includes.indexOf('#placeholder') >= 0 && includes.indexOf('#placeholder') < includes.indexOf('text.html.markdown'));
    const refs = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
    for (const ref of refs) {
      const key = ref.slice('"include":"#'.length, -1);
      assert.ok(grammar.repository[key], `#${key} is included but not in the repository`);
    }
  });

  it('compiles every match, begin, end and while regex', () => {
    let checked = 0;
    for (const { path, source } of grammarRegexes(grammar, 'grammar')) {
      try {
        if (toJavaScriptRegExp(source)) checked++;
      } catch (error) {
        assert.fail(`${path} does not compile: ${(error as Error).message}`);
      }
    }
    assert.ok(checked >= 5, `only ${checked} regexes checked`);
  });

  it('scopes unfilled template text as a placeholder', () => {
    const line =
      'Seller ID: [Your Seller ID], ASIN B0XXXXXXXX, ' +
      'order XXX-XXXXXXX-XXXXXXX on [Date] by [X] TBD TODO <insert owner> {{metric}} MM/DD/YYYY';
    assert.deepEqual(placeholdersIn(line), [
      '[Your Seller ID]',
      'B0XXXXXXXX',
      'XXX-XXXXXXX-XXXXXXX',
      '[Date]',
      '[X]',
      'TBD',
      'TODO',
      '<insert owner>',
      '{{metric}}',
      'MM/DD/YYYY',
    ]);
  });

  it('leaves links, reference links, definitions, task boxes, footnotes and real IDs alone', () => {
    assert.deepEqual(placeholdersIn('See [our checklist](https://example.com) and [the policy][policy].'), []);
    assert.deepEqual(placeholdersIn('[policy]: https://example.com'), []);
    assert.deepEqual(placeholdersIn('- [ ] open'), []);
    assert.deepEqual(placeholdersIn('- [x] done'), []);
    assert.deepEqual(placeholdersIn('- [X] done'), []);
    assert.deepEqual(placeholdersIn('As noted[^1] and [2], he said [sic] [...]'), []);
    assert.deepEqual(placeholdersIn('ASIN B07XJ8C8F5, order 114-1234567-1234567, <b>bold</b>, Tbd'), []);
  });

  it('scopes the three section labels as Markdown headings and as plain-text labels', () => {
    const heading = grammar.repository['section-heading'] as GrammarRule;
    const label = grammar.repository['section-label'] as GrammarRule;
    assert.match(heading.name!, /markup\.heading\.section\.poa/);
    assert.match(label.name!, /markup\.heading\.section\.poa/);
    const headingRegex = toJavaScriptRegExp(heading.match!)!;
    const labelRegex = toJavaScriptRegExp(label.match!)!;
    const labelText = (regex: RegExp, line: string) => regex.exec(line)?.[3];
    for (const line of [
      '## Root cause',
      '# Root Cause(s)',
      '### Actions taken',
      '## Corrective actions',
      '## Preventive measures',
      '## 2. Steps to prevent',
      '## Long-term measures',
    ]) {
      assert.ok(labelText(headingRegex, line), `heading not scoped: ${line}`);
    }
    for (const line of [
      'Root cause:',
      'A) What went wrong:',
      'Actions taken:',
      'Corrective actions:',
      'Preventive measures:',
      'Steps to prevent:',
      '1. The Root Cause(s) of the Issue:',
      '**Root cause:**',
      'IMMEDIATE ACTIONS:',
      'What we will do to prevent this:',
    ]) {
      assert.ok(labelText(labelRegex, line), `label not scoped: ${line}`);
    }
    assert.equal(labelText(labelRegex, 'A) What went wrong:'), 'What went wrong:');
    for (const line of [
      'We found the root cause of the delay.',
      'Root cause: our count was wrong.',
      'Subject: Plan of Action',
      'Dear Seller Performance Team,',
    ]) {
      assert.equal(labelText(labelRegex, line), undefined, `scoped as a label: ${line}`);
    }
    for (const line of ['## Supporting documents', '## Introduction', 'Root cause:']) {
      assert.equal(labelText(headingRegex, line), undefined, `scoped as a section heading: ${line}`);
    }
    assert.equal(labelText(headingRegex, '## Root cause'), 'Root cause');
  });

  it('keeps the injection out of code, comments, front matter and links', () => {
    const selectors = Object.keys(grammar.injections ?? {});
    assert.equal(selectors.length, 1);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw', '-comment', '-meta.embedded', '-meta.link']) {
      assert.ok(selectors[0].includes(excluded), `injection selector does not exclude ${excluded}`);
    }
  });
});

describe('language configuration', () => {
  const configPath = (packageJson.contributes.languages as { id: string; configuration: string }[]).find(
    (l) => l.id === 'poa',
  )!.configuration;
  const config = readJson(configPath);

  it('comments with HTML block comments', () => {
    assert.deepEqual(config.comments, { blockComment: ['<!--', '-->'] });
  });

  it('folds <!-- #region --> to <!-- #endregion -->', () => {
    assert.match('<!-- #region Root cause -->', new RegExp(config.folding.markers.start));
    assert.match('  <!-- #endregion -->', new RegExp(config.folding.markers.end));
    assert.doesNotMatch('<!-- #endregion -->', new RegExp(config.folding.markers.start));
  });

  it('closes and surrounds brackets, quotes and backticks', () => {
    const open = (config.autoClosingPairs as { open: string }[]).map((p) => p.open);
    for (const ch of ['(', '[', '{', '"', "'", '`']) assert.ok(open.includes(ch), `no auto-closing pair for ${ch}`);
    const surround = (config.surroundingPairs as string[][]).map((p) => p[0]);
    for (const ch of ['(', '[', '"', '`']) assert.ok(surround.includes(ch), `no surrounding pair for ${ch}`);
  });

  it('reads words as prose: contractions, hyphenated words and IDs whole', () => {
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    assert.deepEqual("We didn't re-check order 114-1234567-1234567 in São Paulo.".match(word), [
      'We',
      "didn't",
      're-check',
      'order',
      '114-1234567-1234567',
      'in',
      'São',
      'Paulo',
    ]);
    assert.equal(''.match(word), null);
  });
});
