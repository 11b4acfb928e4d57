import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from './support/lint';
import { templateSnippetPrefix } from '../server/src/common/protocol';
import { readTemplateSnippet } from '../server/src/lsp/node-host';
import { expandSnippetBody, joinBody } from './support/snippet';

const snippetsPath = join(__dirname, '..', 'snippets', 'poa.code-snippets');
const snippets = Object.entries(
  JSON.parse(readFileSync(snippetsPath, 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>,
);
const fullTemplates = snippets.filter(([, entry]) => /^Subject:/.test(expandSnippetBody(joinBody(entry.body))));

/** A template the seller inserts and has not filled in yet must point at its blanks, and at nothing else. */
describe('SMART POA templates, inserted and left unfilled', () => {
  it(`'${templateSnippetPrefix}' is the template "Insert SMART POA template" inserts`, () => {
    const entry = snippets.find(
      ([, e]) => e.prefix === templateSnippetPrefix || (Array.isArray(e.prefix) && e.prefix.includes(templateSnippetPrefix)),
    );
    assert.ok(entry, `no snippet with prefix ${templateSnippetPrefix}`);
    assert.equal(readTemplateSnippet(snippetsPath), joinBody(entry[1].body));
  });

  for (const [name, entry] of fullTemplates) {
    it(`'${name}' gives only placeholder findings, in Markdown and pasted as plain text`, () => {
      const text = expandSnippetBody(joinBody(entry.body));
      for (const format of ['markdown', 'plain'] as const) {
        const { findings } = lint(text, { format });
        assert.ok(
          findings.some((f) => f.ruleId === 'placeholder'),
          `${format}: the blanks are flagged`,
        );
        const others = findings
          .filter((f) => f.ruleId !== 'placeholder')
          .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))}`);
        assert.deepEqual(others, [], `${format}: other rules fire on the unfilled template`);
      }
    });
  }
});
