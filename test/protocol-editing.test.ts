import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { exportPlainText } from '../server/src/engine/export';
import { parsePlanOfAction } from '../server/src/engine/parse';
import { countWords } from '../server/src/engine/text';
import { vscodeClientCommands, type DocumentStats, type ExportPlainTextResult } from '../server/src/common/protocol';
import { goodExample } from '../server/src/lsp/rule-docs';
import { applyTextEdits } from './support/edits';
import { TestServer } from './support/lsp';

const markdownPlan = [
  '# Plan of Action',
  '',
  '## Root cause',
  '',
  'The delay was caused by the carrier.',
  '',
  '## Actions taken',
  '',
  '- On March 3, 2026 we refunded 14 buyers.',
  '- We retrained our packing staff.',
  '',
  'Seller ID: [Your Seller ID]',
  '',
].join('\n');

const plainPlan = [
  'Root cause:',
  'Our packing shift started after the carrier pickup from March 1 to March 9, 2026.',
  '',
  'Actions taken:',
  '• On March 10, 2026 we moved the shift to 7 AM.',
  '',
].join('\n');

/** Everything under the cursor for a diagnostic: the editor sends the diagnostics it has, data included. */
function codeActionsFor(server: TestServer, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only && { only }) },
  });
}

function completionItems(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

describe('editing features over stdio, for the VS Code client', function () {
  this.timeout(20_000);
  let server: TestServer;
  beforeEach(async () => {
    // As the VS Code client starts it: announcing the snippet, selection and template commands it runs.
    server = new TestServer({ initializationOptions: { clientCommands: vscodeClientCommands } });
    await server.initialize();
  });
  afterEach(async () => server?.stop());

  async function open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = server.diagnostics(uri);
    await server.open(uri, text);
    return (await published).diagnostics;
  }

  it('initialize: offers code actions (quick fixes and source.fixAll.poa), completion, hover, symbols and folding', () => {
    const capabilities = server.initializeResult!.capabilities;
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.poa'] });
    assert.ok(capabilities.completionProvider);
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(capabilities.foldingRangeProvider, true);
  });

  it('textDocument/codeAction: inserts a missing section as a workspace edit, and the problem is gone once applied', async () => {
    const uri = 'file:///tmp/missing.poa.md';
    const diagnostics = await open(uri, markdownPlan);
    const missing = diagnostics.filter((d) => d.code === 'missing-preventive-measures');
    assert.equal(missing.length, 1);
    const actions = await codeActionsFor(server, uri, missing);
    const insert = actions.find((a) => a.title === "Insert a 'Preventive measures' section");
    assert.ok(insert, actions.map((a) => a.title).join(', '));
    assert.equal(insert.kind, 'quickfix');
    assert.equal(insert.isPreferred, true);
    assert.deepEqual(insert.diagnostics, missing);
    const edits = insert.edit?.changes?.[uri] as TextEdit[];
    // After the actions-taken section, which runs to the end.
    assert.deepEqual(edits, [
      {
        range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } },
        newText: '\n## Preventive measures\n\n- [Who will do what, how often, starting on which date]\n',
      },
    ]);

    const fixed = applyTextEdits(markdownPlan, edits);
    const relinted = server.diagnostics(uri, (ds) => !ds.some((d) => d.code === 'missing-preventive-measures'));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    assert.equal((await relinted).version, 2);
  });

  it('textDocument/codeAction: rewrites an untimed item as a SMART skeleton through poa.applySnippetFix, within the item', async () => {
    const uri = 'file:///tmp/untimed.poa.md';
    const diagnostics = await open(uri, markdownPlan);
    const untimed = diagnostics.find((d) => d.code === 'untimed-action');
    assert.ok(untimed);
    const actions = await codeActionsFor(server, uri, [untimed]);
    const smart = actions.find((a) => a.title === 'Rewrite as a SMART action');
    assert.ok(smart, actions.map((a) => a.title).join(', '));
    assert.equal(smart.edit, undefined, 'a snippet cannot travel in a workspace edit');
    assert.deepEqual(smart.command, {
      title: 'Rewrite as a SMART action',
      command: 'poa.applySnippetFix',
      arguments: [uri, untimed.range, 'On ${1:[date]} ${2:[who]} ${3:[did what, how much]}'],
    });
    // The item lacks a date and a number ("our packing staff": how many?): one fix adds both, before its full stop.
    const addParts = actions.find((a) => a.title === 'Add the date and how many');
    const beforeStop = { line: untimed.range.end.line, character: untimed.range.end.character - 1 };
    assert.deepEqual(addParts?.command?.arguments, [uri, { start: beforeStop, end: beforeStop }, ' (${1:[how many]}) on ${2:[date]}']);
    assert.equal(actions[0], addParts, 'the fix that fits the finding comes first');
  });

  it('textDocument/codeAction: offers poa.selectRange over a placeholder so the user types over it', async () => {
    const uri = 'file:///tmp/placeholder.poa.md';
    const diagnostics = await open(uri, markdownPlan);
    const placeholder = diagnostics.find((d) => d.code === 'placeholder');
    assert.ok(placeholder);
    const [select] = await codeActionsFor(server, uri, [placeholder]);
    assert.equal(select.title, 'Select the placeholder to fill it');
    assert.deepEqual(select.command, {
      title: 'Select the placeholder to fill it',
      command: 'poa.selectRange',
      arguments: [uri, placeholder.range],
    });
  });

  it("textDocument/codeAction: a rule's own fix becomes a code action; 'Fix all' applies every one of that rule in one edit", async () => {
    const uri = 'file:///tmp/stock-lines.poa.md';
    const text = [
      '## Root cause',
      '',
      'We take customer satisfaction very seriously.',
      'Our packer used thin bubble wrap from March 1 to March 9, 2026.',
      '',
      '## Actions taken',
      '',
      '- On March 10, 2026 we refunded all 9 buyers.',
      '',
      'We sincerely apologize for any inconvenience.',
      '',
      '## Preventive measures',
      '',
      '- Every Friday our packing lead drop-tests 3 packed mugs.',
      '',
    ].join('\n');
    const diagnostics = (await open(uri, text)).filter((d) => d.code === 'boilerplate');
    assert.equal(diagnostics.length, 2);
    const actions = await codeActionsFor(server, uri, [diagnostics[0]]);
    const remove = actions.find((a) => a.edit && a.diagnostics?.length === 1);
    assert.ok(remove, actions.map((a) => a.title).join(', '));
    assert.deepEqual(remove.edit?.changes?.[uri], [{ range: diagnostics[0].range, newText: '' }]);
    const fixAll = actions.find((a) => a.title === 'Fix all boilerplate problems');
    assert.ok(fixAll, actions.map((a) => a.title).join(', '));
    const fixed = applyTextEdits(text, fixAll.edit?.changes?.[uri] ?? []);
    assert.doesNotMatch(fixed, /seriously|inconvenience/);
    assert.equal(fixed.replace(/\n+/g, '\n'), text.replace(/We take.*\n|We sincerely.*\n/g, '').replace(/\n+/g, '\n'));
  });

  it('textDocument/codeAction: source.fixAll.poa inserts every missing section in order, as one edit', async () => {
    const uri = 'file:///tmp/fix-all.poa.txt';
    const text = 'Actions taken:\n• On March 10, 2026 we moved the shift to 7 AM.\n';
    await open(uri, text);
    const actions = await codeActionsFor(server, uri, [], ['source.fixAll.poa']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.poa');
    const fixed = applyTextEdits(text, actions[0].edit?.changes?.[uri] ?? []);
    assert.equal(
      fixed,
      'Root cause:\n[Describe what in your own process went wrong, and why]\n\nActions taken:\n' +
        '• On March 10, 2026 we moved the shift to 7 AM.\n\nPreventive measures:\n' +
        '• [Who will do what, how often, starting on which date]\n',
    );
    assert.deepEqual(await codeActionsFor(server, uri, [], ['quickfix']), []);
  });

  it('textDocument/codeAction: an empty document offers the SMART POA template', async () => {
    const uri = 'file:///tmp/empty.poa.md';
    const diagnostics = await open(uri, '');
    const actions = await codeActionsFor(server, uri, diagnostics);
    assert.equal(actions[0].title, 'Insert SMART POA template');
    assert.deepEqual(actions[0].command, { title: 'Insert SMART POA template', command: 'poa.insertTemplate' });
    assert.equal(actions[0].isPreferred, true);
  });

  it('textDocument/completion: offers section labels as headings of the document, the missing one first', async () => {
    const uri = 'file:///tmp/complete.poa.md';
    await open(uri, markdownPlan);
    const items = completionItems(
      await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 12, character: 0 } }),
    );
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(
      sorted.map((i) => i.label),
      ['Preventive measures', 'Root cause', 'Actions taken'],
    );
    assert.deepEqual(sorted[0].textEdit, {
      range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } },
      newText: '## Preventive measures\n\n$0',
    });
    assert.equal(sorted[0].insertTextFormat, 2);
  });

  it('textDocument/completion: completes the words after a typed "## ", and plain-text labels with a colon', async () => {
    const uri = 'file:///tmp/typed.poa.md';
    await open(uri, `${markdownPlan}## Prev`);
    const items = completionItems(
      await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 12, character: 7 } }),
    );
    const prevention = items.find((i) => i.label === 'Preventive measures');
    assert.deepEqual(prevention?.textEdit, {
      range: { start: { line: 12, character: 3 }, end: { line: 12, character: 7 } },
      newText: 'Preventive measures\n\n$0',
    });

    const plainUri = 'file:///tmp/typed.poa.txt';
    await open(plainUri, `${plainPlan}\nPrev`);
    const plainItems = completionItems(
      await server.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: plainUri },
        position: { line: 6, character: 4 },
      }),
    );
    assert.equal(plainItems.find((i) => i.label === 'Preventive measures')?.textEdit?.newText, 'Preventive measures:\n$0');
  });

  it('textDocument/completion: an empty document offers the whole SMART POA template as a snippet', async () => {
    const uri = 'file:///tmp/new.poa.md';
    await open(uri, '');
    const items = completionItems(
      await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }),
    );
    const template = items.find((i) => i.label === 'Insert SMART POA template');
    assert.ok(template, items.map((i) => i.label).join(', '));
    assert.equal(template.insertTextFormat, 2);
    const snippets = JSON.parse(readFileSync(join(__dirname, '..', 'snippets', 'poa.code-snippets'), 'utf8')) as Record<
      string,
      { prefix: string; body: string[] }
    >;
    const body = Object.values(snippets)
      .find((s) => s.prefix === 'poa-template')!
      .body.join('\n');
    assert.equal(template.textEdit?.newText, body);
  });

  it('textDocument/hover: shows the message once, then a good example that differs from it, then a link to the rule', async () => {
    const uri = 'file:///tmp/hover.poa.md';
    const diagnostics = await open(uri, markdownPlan);
    const blame = diagnostics.find((d) => d.code === 'blame')!;
    const hover: Hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 10 },
    });
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.ok(value.startsWith(blame.message), value);
    assert.equal(value.split(blame.message).length, 2, 'the message once');
    const example = goodExample(readFileSync(join(__dirname, '..', 'server', 'src', 'rules', 'blame.md'), 'utf8'));
    const shown = /```text\n([\s\S]*?)\n```/.exec(value)?.[1];
    assert.ok(example && shown, value);
    for (const line of shown.split('\n')) assert.ok(example.split('\n').includes(line), `from the doc's good example: ${line}`);
    assert.match(value, /\n\[About blame\]\([^)]+\)$/);
    assert.deepEqual(hover.range, blame.range);
    assert.equal(
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 5 } }),
      null,
    );
  });

  it('textDocument/documentSymbol: lists the sections, each with its action items', async () => {
    const uri = 'file:///tmp/outline.poa.md';
    await open(uri, markdownPlan);
    const symbols: DocumentSymbol[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line, s.children?.map((c) => c.name)]),
      [
        ['Plan of Action', undefined, 0, 0, []],
        ['Root cause', 'root cause', 2, 4, ['The delay was caused by the carrier.']],
        ['Actions taken', 'actions taken', 6, 11, ['On March 3, 2026 we refunded 14 buyers.', 'We retrained our packing staff.']],
      ],
    );
    assert.deepEqual(symbols[1].selectionRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 13 } });
  });

  it('textDocument/foldingRange: folds each section to its label, and keeps #region markers', async () => {
    const uri = 'file:///tmp/folding.poa.md';
    await open(uri, `${markdownPlan}<!-- #region notes -->\nkeep\n<!-- #endregion -->\n`);
    const ranges: FoldingRange[] = await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges, [
      { startLine: 2, endLine: 4 },
      { startLine: 6, endLine: 14 },
      { startLine: 12, endLine: 14, kind: 'region' },
    ]);
  });

  it('poa/exportPlainText: answers with the plan as plain text and its word count', async () => {
    const uri = 'file:///tmp/export.poa.md';
    await open(uri, markdownPlan);
    const result: ExportPlainTextResult = await server.connection.sendRequest('poa/exportPlainText', { uri });
    assert.deepEqual(result, exportPlainText(parsePlanOfAction(markdownPlan)));
    assert.match(result.text, /^Root cause:\nThe delay/m);
    assert.match(result.text, /^• On March 3, 2026/m);
    assert.equal(await server.connection.sendRequest('poa/exportPlainText', { uri: 'file:///tmp/not-open.poa.md' }), null);
  });

  it("poa/documentStats: after each analysis, sends the seller's word count for that version", async () => {
    const uri = 'file:///tmp/stats.poa.md';
    const stats: DocumentStats[] = [];
    const second = new Promise<void>((resolve) =>
      server.connection.onNotification('poa/documentStats', (params: DocumentStats) => {
        stats.push(params);
        if (params.version === 2) resolve();
      }),
    );
    await open(uri, markdownPlan);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: `${markdownPlan}\n<!-- a note to self -->\nWe added **two** words.\n` }],
    });
    await second;
    // Markdown syntax and comments are not the seller's words.
    assert.deepEqual(stats, [
      { uri, version: 1, words: countWords(markdownPlan) },
      { uri, version: 2, words: countWords(markdownPlan) + 4 },
    ]);
  });

  it("poa/ruleDocumentation gives a rule's bundled doc (no file read), null for an unknown id; poa/ruleList lists the rules", async () => {
    const doc = await server.connection.sendRequest<{ markdown: string } | null>('poa/ruleDocumentation', { ruleId: 'blame' });
    assert.equal(doc?.markdown, readFileSync(join(__dirname, '..', 'server', 'src', 'rules', 'blame.md'), 'utf8'));
    assert.equal(await server.connection.sendRequest('poa/ruleDocumentation', { ruleId: ['..', '..', 'package.json'].join('/') }), null);
    assert.equal(await server.connection.sendRequest('poa/ruleDocumentation', { ruleId: 42 }), null);
    const list = await server.connection.sendRequest<{ id: string; description: string }[]>('poa/ruleList');
    assert.ok(list.some((rule) => rule.id === 'blame' && rule.description.length > 0));
  });
});
