import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import snippets from '../../snippets/poa.code-snippets';
import { templateFromSnippets } from './lsp/completion';
import { startService } from './lsp/service';
import { rules } from './registry';

/** The web worker this bundle runs in (vscode.dev, github.dev); the project's types are Node's. */
declare const self: { postMessage(message: unknown): void };

const template = templateFromSnippets(snippets);

// No file system: the client says where the rule docs are (a worker runs from a blob: URL) and sends the .poarc.json files.
startService(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  rules,
  host: {
    configFile: () => undefined,
    forgetConfigFiles: () => undefined,
    template: () => template,
    // A web editor has no file system: no sidecar, previous version or attachment is read.
    sources: () => ({}),
  },
});
