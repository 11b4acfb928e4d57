import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { TestServer } from './support/lsp';

const plan = ['## Root cause', '', 'The delay was caused by the carrier.', ''].join('\n');
const cli = join(__dirname, '..', 'dist', 'cli.js');

/** LSP 3.17 pull diagnostics, for a client that announces them; push stays for one that does not. */
describe('diagnostics pulled or pushed', function () {
  this.timeout(20_000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  const pull = (uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId && { previousResultId }) });

  it('textDocument/diagnostic: a client that pulls gets the findings on request, and "unchanged" for a version it has', async () => {
    server = new TestServer({ textDocumentCapabilities: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } });
    const { capabilities } = await server.initialize();
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'poa', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = 'file:///tmp/pulled.poa.md';
    await server.open(uri, plan);
    const report = await pull(uri);
    assert.equal(report.kind, 'full');
    const codes = report.kind === 'full' ? report.items.map((d) => d.code) : [];
    assert.ok(codes.includes('blame') && codes.includes('missing-actions-taken'), JSON.stringify(codes));
    assert.deepEqual(await pull(uri, report.resultId), { kind: 'unchanged', resultId: report.resultId });

    await server.edit(uri, plan.indexOf('The delay'), plan.indexOf('The delay'), 'Our packing shift ran late. ');
    const after = await pull(uri, report.resultId);
    assert.equal(after.kind, 'full', 'the edited version is analysed again');
    assert.notEqual(after.resultId, report.resultId);
    assert.deepEqual(
      server.published.filter((p) => p.uri === uri),
      [],
      'nothing is pushed to a client that pulls',
    );
  });

  it('textDocument/publishDiagnostics: a client that cannot pull has them pushed, and no diagnostic provider is announced', async () => {
    server = new TestServer();
    const { capabilities } = await server.initialize();
    assert.equal(capabilities.diagnosticProvider, undefined);
    const uri = 'file:///tmp/pushed.poa.md';
    const published = server.diagnostics(uri);
    await server.open(uri, plan);
    assert.ok((await published).diagnostics.some((d) => d.code === 'blame'));
  });

  it('the VS Code client, which can pull, asks for push (poa.run and poa.debounceMs time it) and gets it', async () => {
    server = new TestServer({
      initializationOptions: { pushDiagnostics: true },
      textDocumentCapabilities: { diagnostic: { dynamicRegistration: false } },
    });
    const { capabilities } = await server.initialize();
    assert.equal(capabilities.diagnosticProvider, undefined);
    const uri = 'file:///tmp/vscode.poa.md';
    const published = server.diagnostics(uri);
    await server.open(uri, plan);
    assert.ok((await published).diagnostics.some((d) => d.code === 'blame'));
  });

  it('poa-lint --stdio is the language server, as an editor outside VS Code starts it', async () => {
    server = new TestServer({ command: [cli, '--stdio'] });
    const result = await server.initialize();
    assert.equal(result.serverInfo?.name, 'poa-lint');
    const uri = 'file:///tmp/cli-server.poa.md';
    const published = server.diagnostics(uri);
    await server.open(uri, plan);
    assert.ok((await published).diagnostics.some((d) => d.code === 'blame'));
  });
});
