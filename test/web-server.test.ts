import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Message } from 'vscode-jsonrpc';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const bundle = join(__dirname, '..', 'dist', 'web', 'server.js');

/**
 * dist/web/server.js in a sandbox that has only what a browser's web worker
 * has (no require, no process, no file system), spoken to by postMessage as
 * the web extension's client does: what vscode.dev and github.dev run.
 */
function startWebWorker() {
  let deliver: ((data: unknown) => void) | undefined;
  const fromWorker: ((message: Message) => void)[] = [];
  const self = {
    postMessage: (message: Message) => fromWorker.forEach((listen) => listen(structuredClone(message))),
    addEventListener: () => undefined,
    set onmessage(listener: (event: { data: unknown }) => void) {
      deliver = (data) => listener({ data });
    },
  };
  const sandbox = {
    self,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    URL,
    TextEncoder,
    TextDecoder,
    structuredClone,
  };
  const context = createContext({ ...sandbox, performance: { now: () => performance.now() } });
  runInContext(readFileSync(bundle, 'utf8'), context, { filename: bundle });
  assert.equal(runInContext('typeof require + typeof process', context), 'undefinedundefined', 'the sandbox is a worker, not Node');

  class Reader extends AbstractMessageReader {
    listen(callback: DataCallback) {
      fromWorker.push(callback);
      return { dispose: () => undefined };
    }
  }
  class Writer extends AbstractMessageWriter {
    write(message: Message) {
      deliver!(structuredClone(message));
      return Promise.resolve();
    }
    end() {}
  }
  const connection = createMessageConnection(new Reader(), new Writer());
  connection.listen();
  return connection;
}

describe('the web extension’s server (dist/web/server.js) in a web worker', function () {
  this.timeout(20_000);

  it('initialize, textDocument/publishDiagnostics: lints a plan with no file system, linking the docs where the client says', async () => {
    const connection = startWebWorker();
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => resolve(params)),
    );
    const result = await connection.sendRequest<{ serverInfo: { name: string } }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { pushDiagnostics: true, ruleDocsBase: 'https://poa.example/extension/dist/rules' },
    });
    assert.equal(result.serverInfo.name, 'poa-lint');
    await connection.sendNotification('initialized', {});
    const uri = 'vscode-vfs://github/seller/appeals/plans/late.poa.md';
    await connection.sendNotification('poa/configFiles', {
      files: [
        { uri: 'vscode-vfs://github/seller/appeals/.poarc.json', text: '{\n  // quoted notices\n  "rules": { "vague": "off", },\n}' },
      ],
    });
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'poa',
        version: 1,
        text: '## Root cause\n\nThe delay was caused by the carrier.\nWe will do better.\n',
      },
    });
    const { diagnostics } = await published;
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes('blame') && codes.includes('missing-actions-taken'), JSON.stringify(codes));
    assert.ok(!codes.includes('vague'), 'vague is off in the .poarc.json the client sent, one folder up');
    assert.equal(diagnostics.find((d) => d.code === 'blame')?.codeDescription?.href, 'https://poa.example/extension/dist/rules/blame.md');

    const actions = await connection.sendRequest<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    assert.ok(
      actions.some((a) => a.title.startsWith('Insert a') && a.title.includes('Actions taken')),
      actions.map((a) => a.title).join(', '),
    );
    connection.dispose();
  });
});
