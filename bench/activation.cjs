// Measures the extension's activation in a fresh Node process, as VS Code's
// extension host would load it: require dist/extension.js with a stub `vscode`
// module, then call activate(context) until LanguageClient.start() asks VS
// Code for its diagnostic collection, the last step before it forks the
// server. The stub throws there, so no server starts and only the
// extension's own cost is counted. Prints one line of JSON.
// Usage: node bench/activation.cjs [global storage folder, for the code cache]
'use strict';
const Module = require('node:module');
const path = require('node:path');

const startRequested = new Error('start requested');
const openPlan = {
  languageId: 'poa',
  uri: { scheme: 'file', path: '/plan.poa.md', toString: () => 'file:///plan.poa.md' },
  getText: () => '',
};

/** Any property is a callable, constructible stub, except those that would make it look like a promise. */
function stub(name) {
  const target = function () {};
  const assigned = new Map();
  return new Proxy(target, {
    set(_, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === Symbol.toPrimitive || key === 'toString') return () => name;
      if (key === 'then' || typeof key === 'symbol') return undefined;
      // A window with one plan open: the server starts with the first plan.
      if (key === 'textDocuments' && name === 'vscode.workspace') return [openPlan];
      if (key === 'visibleTextEditors' && name === 'vscode.window') return [];
      if (key === 'createDiagnosticCollection' && name === 'vscode.languages') {
        return () => {
          throw startRequested;
        };
      }
      return stub(`${name}.${String(key)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

const childProcess = require('node:child_process');
for (const key of ['fork', 'spawn']) {
  childProcess[key] = () => {
    throw new Error(`activation measurement must not start a process (${key})`);
  };
}

// The bundle reads `import * as vscode` through esbuild's __toESM, which copies own keys: list the API's namespaces.
const namespaces = [
  'version',
  'window',
  'workspace',
  'commands',
  'languages',
  'env',
  'extensions',
  'debug',
  'tasks',
  'notebooks',
  'tests',
  'l10n',
  'authentication',
  'Uri',
  'EventEmitter',
  'Disposable',
  'Range',
  'Position',
  'Location',
  'Diagnostic',
  'DiagnosticSeverity',
  'CancellationTokenSource',
  'ProgressLocation',
  'StatusBarAlignment',
  'ThemeColor',
  'MarkdownString',
  'CodeActionKind',
  'ConfigurationTarget',
  'RelativePattern',
  'FileSystemError',
  'TextEdit',
  'WorkspaceEdit',
  'SnippetString',
];
const vscode = new Proxy(
  {},
  {
    get: (_, key) =>
      key === 'version' ? '1.91.0' : typeof key === 'symbol' || key === 'then' || key === '__esModule' ? undefined : stub(`vscode.${key}`),
    ownKeys: () => namespaces,
    getOwnPropertyDescriptor: (target, key) => ({ configurable: true, enumerable: true, writable: false, value: vscode[key] }),
  },
);
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const root = path.resolve(__dirname, '..');
// Where the extension keeps its V8 code cache: given by the caller, so it can measure a first activation and later ones.
const storage = process.argv[2] ?? require('node:fs').mkdtempSync(path.join(require('node:os').tmpdir(), 'poa-activation-'));
const context = {
  subscriptions: [],
  extensionPath: root,
  asAbsolutePath: (relative) => path.join(root, relative),
  globalStorageUri: { fsPath: storage },
};

// The extension host has Node's own modules loaded before any extension: load them here too, outside the clock.
for (const builtin of ['child_process', 'crypto', 'fs', 'net', 'os', 'path', 'util', 'url', 'events', 'stream']) require(builtin);

const t0 = performance.now();
const extension = require(path.join(root, 'dist', 'extension.js'));
const t1 = performance.now();
extension.activate(context).then(
  () => report('activate resolved: the stub did not stop the start'),
  (error) => report(error === startRequested ? undefined : String(error)),
);

function report(problem) {
  const t2 = performance.now();
  process.stdout.write(`${JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, problem })}\n`);
}
