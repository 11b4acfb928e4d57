import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from './analysis/lint';
import { formatForPath } from './analysis/parse';
import { mergeSettings, readSettings, type PoaSettings } from './common/settings';
import { findConfigFile, readConfigFile, type ConfigFile } from './config-file';
import { toDiagnostic } from './diagnostics';
import { ruleIds } from './rules';

export interface ServiceOptions {
  /** Quiet time after a keystroke before the analysis runs. */
  debounceMs?: number;
}

/** Wires the analysis to an LSP connection: documents in, diagnostics out. */
export function startService(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const pending = new Map<string, NodeJS.Timeout>();
  const editorSettings = new Map<string, Promise<Partial<PoaSettings>>>();
  const configFiles = new Map<string, ConfigFile | undefined>();
  const reported = new Set<string>();
  let canPullConfiguration = false;
  let debounceMs = 75;

  const logOnce = (key: string, message: string, show = false) => {
    if (reported.has(key)) return;
    reported.add(key);
    connection.console.error(message);
    if (show) void connection.window.showWarningMessage(`POA Lint: ${message}`);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const options = params.initializationOptions as ServiceOptions | undefined;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'poa-lint' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'poa' });
  });

  const settingsFromEditor = (uri: string): Promise<Partial<PoaSettings>> => {
    if (!canPullConfiguration) return Promise.resolve({});
    let cached = editorSettings.get(uri);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: uri, section: 'poa' }).then(
        (raw: unknown) => {
          const { settings, problems } = readSettings(raw, ruleIds);
          for (const problem of problems) logOnce(`settings:${problem.key}:${problem.message}`, `setting poa.${problem.key}: ${problem.message}`, true);
          return settings;
        },
        () => ({}),
      );
      editorSettings.set(uri, cached);
    }
    return cached;
  };

  const settingsFromFile = (uri: string): Partial<PoaSettings> => {
    if (!uri.startsWith('file:')) return {};
    const directory = dirname(fileURLToPath(uri));
    if (!configFiles.has(directory)) {
      const path = findConfigFile(directory);
      configFiles.set(directory, path ? readConfigFile(path) : undefined);
    }
    const file = configFiles.get(directory);
    for (const problem of file?.problems ?? []) logOnce(`file:${problem}`, problem, true);
    return file?.settings ?? {};
  };

  const validate = async (document: TextDocument) => {
    const { uri, version } = document;
    try {
      // The workspace's .poarc.json wins over editor settings, as it does for the CLI.
      const settings = mergeSettings(await settingsFromEditor(uri), settingsFromFile(uri));
      const current = documents.get(uri);
      if (!current || current.version !== version) return;
      const text = current.getText();
      const result = lint(text, { format: formatForPath(uri), settings });
      for (const failure of result.failures) {
        const error = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
        logOnce(`rule:${failure.ruleId}`, `rule ${failure.ruleId} failed and was skipped; the other rules still ran. ${error}`);
      }
      if (documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((finding) => toDiagnostic(finding, result.poa.lines)) });
    } catch (error) {
      logOnce(`crash:${String(error)}`, `analysis of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };

  const scheduledVersion = new Map<string, number>();
  const schedule = (document: TextDocument, delay: number) => {
    // Opening fires both onDidOpen and onDidChangeContent: lint that version once, at once.
    if (pending.has(document.uri) && scheduledVersion.get(document.uri) === document.version) return;
    scheduledVersion.set(document.uri, document.version);
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        void validate(document);
      }, delay),
    );
  };

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document, debounceMs));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    scheduledVersion.delete(event.document.uri);
    editorSettings.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  const relintAll = () => {
    scheduledVersion.clear();
    for (const document of documents.all()) schedule(document, 0);
  };
  connection.onDidChangeConfiguration(() => {
    editorSettings.clear();
    reported.clear();
    relintAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    configFiles.clear();
    reported.clear();
    relintAll();
  });

  documents.listen(connection);
  connection.listen();
}
