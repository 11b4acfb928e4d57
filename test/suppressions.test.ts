import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { Finding, LintResult } from '../server/src/engine/linter';
import { formatForPath } from '../server/src/engine/parse';
import { codeActions } from '../server/src/lsp/code-actions';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { applyTextEdits } from './support/edits';
import { lintFixture, listFixtures } from './support/fixtures';
import { lint } from './support/lint';
import { fileUri, TestServer } from './support/lsp';

/** A finding as the seller reads it, wherever the lines above it moved it: rule, message and the text it marks. */
const reading = (text: string) => (f: Finding) =>
  `${f.ruleId} ${f.message.replace(/\bline \d+/g, 'line N')} «${text.slice(f.start, f.end)}»`;

/** Everything the linter reports: the findings and the hints on disable comments. */
const everything = (result: LintResult) => [...result.findings, ...result.unusedDisables];

function disableActions(uri: string, text: string, result: LintResult, finding: Finding): CodeAction[] {
  const diagnostics = toDiagnostics(result);
  const diagnostic = diagnostics.find((d) => d.code === finding.ruleId && d.message === finding.message && d.range === finding.range)!;
  const actions = codeActions({
    uri,
    version: 1,
    diagnostics: [diagnostic],
    allDiagnostics: diagnostics,
    documentChanges: false,
    isEmpty: false,
    text,
  });
  return actions.filter((a) => a.title.startsWith('Disable '));
}

/** Whether a line is in front matter or a fenced block: read here independently of the product's own reader. */
function isLiteral(text: string, line: number): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  let inFrontMatter = /^\uFEFF?---\s*$/.test(lines[0] ?? '');
  let fence: string | undefined;
  for (let at = 0; at <= line; at++) {
    if (at > 0 && inFrontMatter && /^(?:---|\.\.\.)\s*$/.test(lines[at])) {
      if (at === line) return true;
      inFrontMatter = false;
      continue;
    }
    if (inFrontMatter) continue;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(lines[at]);
    if (at === line) return fence !== undefined;
    if (!opener) continue;
    if (fence === undefined) fence = opener[1];
    else if (opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = undefined;
  }
  return inFrontMatter;
}

describe('disable fixes', () => {
  // Every finding of every fixture: disabling it hides it (and, for the file, its rule's other findings), and nothing else.
  for (const fixture of listFixtures()) {
    it(`${fixture.name}: "Disable <rule> for this line / file" hides that finding and changes no other`, () => {
      const text = readFileSync(fixture.path, 'utf8');
      const result = lintFixture(fixture.path, text);
      const uri = fileUri(fixture.path);
      for (const finding of result.findings) {
        const actions = disableActions(uri, text, result, finding);
        if (finding.ruleId === 'disable-comment') {
          assert.deepEqual(actions, [], 'a disable comment is mended, not disabled');
          continue;
        }
        // In front matter or a fenced notice a comment is text: only the file can be disabled from there.
        const literal = isLiteral(text, finding.range.start.line);
        assert.deepEqual(
          actions.map((a) => a.title),
          [...(literal ? [] : [`Disable ${finding.ruleId} for this line`]), `Disable ${finding.ruleId} for this file`],
        );
        for (const action of actions) {
          const fixed = applyTextEdits(text, action.edit!.changes![uri]);
          const after = everything(lintFixture(fixture.path, fixed)).map(reading(fixed));
          const line = finding.range.start.line;
          const hidden = (f: Finding) => f.ruleId === finding.ruleId && (action.title.endsWith('file') || f.range.start.line === line);
          const expected = everything(result)
            .filter((f) => !hidden(f))
            .map(reading(text));
          // An action item has one finding, for its first problem: hidden, the item's next problem shows (the rules' own
          // choice, see RuleContext.reports). So a new finding may appear on the item a hidden one marked, and nowhere else.
          const hiddenTexts = everything(result)
            .filter(hidden)
            .map((f) => text.slice(f.start, f.end));
          const sameItem = (marked: string) => hiddenTexts.some((h) => h.includes(marked) || marked.includes(h));
          const handedOn = after.filter((r) => !expected.includes(r) && sameItem(/«([\s\S]*)»$/.exec(r)![1]));
          assert.deepEqual(
            after.filter((r) => !handedOn.includes(r)).sort(),
            expected.sort(),
            `${action.title} at line ${line + 1} gives:\n${fixed}`,
          );
        }
      }
    });
  }

  it('adds the rule to the disable-next-line comment already above the line, instead of stacking a second one', () => {
    const text = [
      'Root cause:',
      '<!-- poa-disable-next-line hedging -- our own estimate -->',
      'We think the delay was caused by the carrier, and we might have packed late.',
      '',
    ].join('\n');
    const result = lint(text, { format: 'plain' });
    const blame = result.findings.find((f) => f.ruleId === 'blame')!;
    const [line] = disableActions('file:///plan.poa.txt', text, result, blame);
    const fixed = applyTextEdits(text, line.edit!.changes!['file:///plan.poa.txt']);
    assert.equal(fixed.split('\n')[1], '<!-- poa-disable-next-line hedging blame -- our own estimate -->');
  });

  it('writes the file-wide comment after the front matter, where it does not break it', () => {
    const text = '---\nissue: late-shipment\n---\n# Root cause\n\nThe delay was caused by the carrier.\n';
    const result = lint(text, { format: formatForPath('plan.poa.md') });
    const blame = result.findings.find((f) => f.ruleId === 'blame')!;
    const file = disableActions('file:///plan.poa.md', text, result, blame).find((a) => a.title.endsWith('file'))!;
    const fixed = applyTextEdits(text, file.edit!.changes!['file:///plan.poa.md']);
    assert.ok(fixed.startsWith('---\nissue: late-shipment\n---\n<!-- poa-disable-file blame -->\n# Root cause'), fixed);
  });

  it('writes the file-wide comment after a byte order mark, which stays the first character', () => {
    const text = '\uFEFFRoot cause:\nThe delay was caused by the carrier.\n';
    const result = lint(text, { format: 'plain' });
    const blame = result.findings.find((f) => f.ruleId === 'blame')!;
    const file = disableActions('file:///plan.poa.txt', text, result, blame).find((a) => a.title.endsWith('file'))!;
    const fixed = applyTextEdits(text, file.edit!.changes!['file:///plan.poa.txt']);
    assert.equal(fixed, '\uFEFF<!-- poa-disable-file blame -->\nRoot cause:\nThe delay was caused by the carrier.\n');
  });

  it('honours a reason after -- and still names an unknown id before it', () => {
    const text = 'Root cause:\n<!-- poa-disable-next-line blam -- quoted -->\nThe delay was caused by the carrier.\n';
    const result = lint(text, { format: 'plain' });
    assert.deepEqual(
      result.findings
        .filter((f) => ['disable-comment', 'blame'].includes(f.ruleId))
        .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`),
      ['disable-comment blam', 'blame The delay was caused by the carrier.'],
    );
  });

  it('a disable comment that hides nothing is a hint, faded as unnecessary, with a fix that removes its line', () => {
    const text = 'Root cause:\n<!-- poa-disable-next-line blame -->\nOur packing station closed at 2 pm on March 3, 2026.\n';
    const [diagnostic] = toDiagnostics(lint(text, { format: 'plain' })).filter((d) => d.code === 'disable-comment');
    assert.equal(diagnostic.severity, 4);
    assert.deepEqual(diagnostic.tags, [1]);
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 36 } });
    const [remove] = (diagnostic.data as { fixes: { title: string; edits: { newText: string }[] }[] }).fixes;
    assert.equal(remove.title, 'Remove this unused disable comment');
  });
});

describe('disable fixes over stdio', function () {
  this.timeout(20_000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('textDocument/codeAction: "Disable blame for this line" applied, next diagnostics lack it and keep the rest', async () => {
    server = new TestServer();
    await server.initialize();
    const uri = 'file:///tmp/suppress.poa.md';
    const text = [
      '## Root cause',
      '',
      'The delay was caused by the carrier.',
      '',
      '## Actions taken',
      '',
      '- We refunded the buyers as soon as possible.',
      '',
    ].join('\n');
    const first = server.diagnostics(uri);
    await server.open(uri, text);
    const before = (await first).diagnostics;
    const blame = before.find((d) => d.code === 'blame')!;
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: blame.range,
      context: { diagnostics: [blame] },
    });
    const disable = actions.find((a) => a.title === 'Disable blame for this line');
    assert.ok(disable, actions.map((a) => a.title).join(', '));
    const fixed = applyTextEdits(text, disable.edit!.changes![uri]);
    assert.equal(fixed.split('\n')[2], '<!-- poa-disable-next-line blame -->');
    const next = server.diagnostics(uri, (_, p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const after = (await next).diagnostics;
    const codes = (ds: Diagnostic[]) => ds.map((d) => `${String(d.code)} ${d.message}`).sort();
    assert.deepEqual(codes(after), codes(before.filter((d) => d !== blame)));
  });
});
