import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri, TestServer } from './support/lsp';

const missingPrevention = [
  '## Root cause',
  'The delay was caused by the carrier.',
  '',
  '## Actions taken',
  '- On March 3, 2026 we refunded 14 buyers.',
  '',
].join('\n');

describe('language server over stdio', function () {
  this.timeout(20_000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('initialize: answers with incremental document sync and asks for saves (the onSave mode)', async () => {
    server = new TestServer();
    const result = await server.initialize();
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: true });
    assert.equal(result.serverInfo?.name, 'poa-lint');
  });

  it('textDocument/publishDiagnostics: reports rule ids, source, docs link and exact ranges for an opened POA', async () => {
    server = new TestServer();
    await server.initialize();
    const uri = 'file:///tmp/late-shipment.poa.md';
    const published = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    const { diagnostics } = await published;
    const blame = diagnostics.find((d) => d.code === 'blame');
    assert.ok(blame, 'a blame diagnostic');
    assert.deepEqual(blame.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 36 } });
    assert.equal(blame.source, 'poa');
    assert.equal(blame.severity, 2);
    assert.match(blame.message, /blame on the carrier/);
    const href = blame.codeDescription?.href ?? '';
    assert.ok(existsSync(fileURLToPath(href)), `the docs link ${href} points to a file that exists`);
    const missing = diagnostics.find((d) => d.code === 'missing-preventive-measures');
    assert.equal(missing?.severity, 1);
  });

  it('textDocument/publishDiagnostics: counts columns in UTF-16 code units in a CRLF document with emoji', async () => {
    server = new TestServer();
    await server.initialize();
    const uri = 'file:///tmp/emoji.poa.txt';
    // 🚚 is two UTF-16 code units; the blame sentence starts after it on the third line.
    const text =
      'Root cause:\r\nSummary 🙂\r\n🚚 The delay was caused by the carrier.\r\n\r\nActions taken:\r\n' +
      '• On March 3, 2026 we refunded 14 buyers.\r\n\r\nPreventive measures:\r\n' +
      '• Every Monday our lead checks 20 orders.\r\n';
    const published = server.diagnostics(uri);
    await server.open(uri, text);
    const { diagnostics } = await published;
    const blame = diagnostics.find((d) => d.code === 'blame');
    assert.ok(blame);
    assert.deepEqual(blame.range, { start: { line: 1, character: 0 }, end: { line: 2, character: 39 } });
    const lines = text.split('\r\n');
    assert.equal(lines[2].slice(3, 39), 'The delay was caused by the carrier.');
  });

  it('textDocument/didChange: incremental edits update the diagnostics', async () => {
    server = new TestServer();
    await server.initialize();
    const uri = 'file:///tmp/edit.poa.md';
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    assert.ok((await first).diagnostics.some((d) => d.code === 'missing-preventive-measures'));
    const updated = server.diagnostics(uri, (ds) => !ds.some((d) => d.code === 'missing-preventive-measures'));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
          text: '\n## Preventive measures\n- Every Monday our lead checks 20 orders.\n',
        },
      ],
    });
    const { diagnostics, version } = await updated;
    assert.equal(version, 2);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['blame'],
    );
  });

  it('textDocument/didClose: clears the diagnostics of a closed document', async () => {
    server = new TestServer();
    await server.initialize();
    const uri = 'file:///tmp/close.poa.md';
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    await first;
    const cleared = server.diagnostics(uri, (ds) => ds.length === 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('workspace/configuration: rule levels from the editor apply, and change when the settings change', async () => {
    let settings: unknown = { rules: { blame: 'off', 'missing-preventive-measures': 'warning' } };
    server = new TestServer({ configuration: () => settings });
    await server.initialize();
    const uri = 'file:///tmp/settings.poa.md';
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    const { diagnostics } = await first;
    assert.ok(!diagnostics.some((d) => d.code === 'blame'));
    assert.equal(diagnostics.find((d) => d.code === 'missing-preventive-measures')?.severity, 2);
    settings = {};
    const relinted = server.diagnostics(uri, (ds) => ds.some((d) => d.code === 'blame'));
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await relinted).diagnostics.find((d) => d.code === 'missing-preventive-measures')?.severity, 1);
  });

  it('textDocument/didSave: with poa.run "onSave" a plan is checked when it opens and when it is saved, not as it is typed', async () => {
    // No quiet time: were typing to publish, it would publish at once.
    server = new TestServer({ configuration: () => ({ run: 'onSave', debounceMs: 0 }) });
    await server.initialize();
    const uri = 'file:///tmp/on-save.poa.md';
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    assert.ok(
      (await first).diagnostics.some((d) => d.code === 'missing-preventive-measures'),
      'checked on open',
    );
    const change = {
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
      text: '\n## Preventive measures\n- Every Monday our lead checks 20 orders.\n',
    };
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
    // Requests read the current version: once two are answered, diagnostics of version 2 would have been sent before.
    for (let i = 0; i < 2; i++) await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(server.lastFor(uri)?.version, 1, 'typing publishes nothing');
    const saved = server.diagnostics(uri, (ds) => !ds.some((d) => d.code === 'missing-preventive-measures'));
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.equal((await saved).version, 2);
  });

  it('workspace/configuration: poa.debounceMs is the quiet after a keystroke; a bad value keeps the default and is named', async () => {
    server = new TestServer({ configuration: () => ({ debounceMs: -5 }) });
    await server.initialize();
    const uri = 'file:///tmp/debounce.poa.md';
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    await first;
    assert.ok(
      server.logs.some((m) => m.includes('poa.debounceMs') && m.includes('at least 0')),
      server.logs.join(' | '),
    );
  });

  it('reads the nearest .poarc.json (JSON with comments), and names the file, line:column and key of a bad value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poa-rc-'));
    writeFileSync(
      join(dir, '.poarc.json'),
      '{\n  // the carrier is named in quotes\n  "rules": { "blame": "off", "vague": "loud", },\n}\n',
    );
    const path = join(dir, 'plan.poa.md');
    writeFileSync(path, missingPrevention);
    server = new TestServer();
    await server.initialize();
    const uri = fileUri(path);
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    const { diagnostics } = await first;
    assert.ok(!diagnostics.some((d) => d.code === 'blame'), 'blame is off in .poarc.json');
    assert.ok(
      server.logs.some((m) => m.includes('.poarc.json:3:30: rules.vague: expected one of')),
      `a message names the file and key: ${server.logs.join(' | ')}`,
    );
  });

  it("textDocument/codeLens: with poa.form.limits set, each section shows its field's characters against the budget", async () => {
    let settings: unknown = {};
    server = new TestServer({ configuration: () => settings });
    await server.initialize();
    const uri = 'file:///tmp/lenses.poa.md';
    const first = server.diagnostics(uri);
    await server.open(uri, missingPrevention);
    await first;
    const none = await server.connection.sendRequest<unknown[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(none, [], 'no budget, no lens');
    settings = { form: { limits: { 'root-cause': 20, actions: 2000 } } };
    const relinted = server.diagnostics(uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await relinted;
    const lenses = await server.connection.sendRequest<
      { range: { start: { line: number } }; command: { title: string; command: string; arguments: unknown[] } }[]
    >('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command.title]),
      [
        [0, '36 / 20 characters (16 over)'],
        [3, '41 / 2,000 characters'],
      ],
    );
    assert.deepEqual(lenses[1].command, { title: '41 / 2,000 characters', command: 'poa.copySection', arguments: [uri, 'actions'] });
    const diagnostics = server.lastFor(uri)!.diagnostics;
    assert.ok(
      diagnostics.some((d) => d.code === 'form-limit' && d.range.start.line === 0),
      'the finding on the root cause label',
    );
  });

  it('poa/formFields: each field the plan fills, as the form gets it, with its count and budget', async () => {
    server = new TestServer({ configuration: () => ({ form: { limits: { actions: 2000 } } }) });
    await server.initialize();
    const uri = 'file:///tmp/fields.poa.md';
    await server.open(uri, missingPrevention);
    const fields = await server.connection.sendRequest('poa/formFields', { uri });
    assert.deepEqual(fields, [
      { field: 'root-cause', text: 'The delay was caused by the carrier.\n', words: 7, characters: 36 },
      { field: 'actions', text: '• On March 3, 2026 we refunded 14 buyers.\n', words: 8, characters: 41, budget: 2000 },
    ]);
  });
});
