import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import snippets from '../../snippets/poa.code-snippets';
import { templateFromSnippets } from './lsp/completion';
import { startService } from './lsp/service';
import { rules } from './registry';

/** The web worker this bundle runs in (vscode.dev, github.dev); the project's types are Node's. */
declare const self: { location: { href: string }; postMessage(message: unknown): void };

const template = templateFromSnippets(snippets);

// No file system: the rule docs are fetched beside this bundle (dist/web/server.js → dist/rules/), and no .poarc.json is read.
startService(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  rules,
  host: {
    ruleDocUrl: (ruleId) => new URL(`../rules/${ruleId}.md`, self.location.href).href,
    configFile: () => undefined,
    forgetConfigFiles: () => undefined,
    template: () => template,
  },
});
