import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyTextEdits } from './support/edits';
import { listFixtures } from './support/fixtures';
import { fileUri, TestServer } from './support/lsp';

/** A client that announces none of the VS Code client's commands: Neovim, Helix, Zed, Emacs. */
describe('code actions for a client without our commands', function () {
  this.timeout(120_000);
  let server: TestServer;
  before(async () => {
    server = new TestServer();
    await server.initialize();
  });
  after(async () => server?.stop());

  const actionsFor = (uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> =>
    server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only && { only }) },
    });

  it('textDocument/codeAction: every action offered for every fixture has an edit and no command', async () => {
    let offered = 0;
    for (const fixture of listFixtures()) {
      const uri = fileUri(fixture.path);
      const published = server.diagnostics(uri);
      await server.open(uri, readFileSync(fixture.path, 'utf8'));
      const { diagnostics } = await published;
      for (const diagnostic of diagnostics) {
        const actions = await actionsFor(uri, diagnostic.range, [diagnostic]);
        for (const action of [...actions, ...(await actionsFor(uri, diagnostic.range, [], ['source.fixAll.poa']))]) {
          offered++;
          const what = `${fixture.name}: '${action.title}' for ${diagnostic.code}`;
          assert.equal(action.command, undefined, `${what} needs a command`);
          assert.ok(action.edit?.changes?.[uri]?.length, `${what} has no edit`);
          for (const edit of action.edit.changes[uri]) assert.doesNotMatch(edit.newText, /\$\{?\d/, `${what} inserts a tab stop`);
        }
      }
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    assert.ok(offered > 400, `only ${offered} actions were offered`);
  });

  it('textDocument/codeAction: a SMART rewrite arrives as a skeleton with [placeholders] in place of tab stops', async () => {
    const uri = 'file:///tmp/plain-client-smart.poa.md';
    const text = '## Root cause\n\nOur scale read ounces.\n\n## Actions taken\n\n- We retrained our packing staff.\n';
    const published = server.diagnostics(uri);
    await server.open(uri, text);
    const untimed = (await published).diagnostics.find((d) => d.code === 'untimed-action')!;
    const actions = await actionsFor(uri, untimed.range, [untimed]);
    const smart = actions.find((a) => a.title === 'Rewrite as a SMART action');
    assert.ok(smart, actions.map((a) => a.title).join(', '));
    assert.equal(
      applyTextEdits(text, smart.edit!.changes![uri]),
      '## Root cause\n\nOur scale read ounces.\n\n## Actions taken\n\n- On [date] [who] [did what, how much]\n',
    );
    assert.ok(!actions.some((a) => a.title.startsWith('Select')), 'no selection, which needs the client');
  });

  it('textDocument/codeAction: an empty document gets the SMART POA template as an edit', async () => {
    const uri = 'file:///tmp/plain-client-empty.poa.md';
    const published = server.diagnostics(uri);
    await server.open(uri, '');
    const { diagnostics } = await published;
    const [template] = await actionsFor(uri, diagnostics[0].range, diagnostics);
    assert.equal(template.title, 'Insert SMART POA template');
    const inserted = template.edit!.changes![uri][0].newText;
    assert.match(inserted, /^Subject:/);
    assert.match(inserted, /\[Your Seller ID\]/);
    assert.doesNotMatch(inserted, /\$/);
  });
});
