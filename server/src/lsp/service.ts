import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exportPlainText } from '../engine/export';
import { lintSteps, type LintResult } from '../engine/lint';
import { formatForPath } from '../engine/parse';
import { countWords } from '../engine/text';
import { codeActions, providedKinds } from './code-actions';
import { documentStatsNotification, exportPlainTextRequest } from '../common/protocol';
import { mergeSettings, readSettings, type PoaSettings } from '../common/settings';
import { completions } from './completion';
import { findConfigFile, readConfigFile, type ConfigFile } from '../config/config-file';
import { toDiagnostic } from './diagnostics';
import { withInjectedFaults } from '../fault';
import { hoverFor } from './hover';
import { documentSymbols, foldingRanges } from './outline';
import { ruleIds, rules } from '../registry';

/** Longest stretch of analysis before the server reads its messages again. */
const analysisSliceMs = 12;

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
  /** Test-only: POA_LINT_FAULT=<rule-id>,… makes those rules throw (see fault.ts); read once, here. */
  const rulesInForce = withInjectedFaults(rules, process.env.POA_LINT_FAULT);
  let canPullConfiguration = false;
  let canApplyDocumentChanges = false;
  /** The last analysis of each open document, with the diagnostics published for it. */
  const analyses = new Map<string, { version: number; result: LintResult; diagnostics: Diagnostic[] }>();
  let debounceMs = 75;

  const logOnce = (key: string, message: string, show = false) => {
    if (reported.has(key)) return;
    reported.add(key);
    connection.console.error(message);
    if (show) void connection.window.showWarningMessage(`POA Lint: ${message}`);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canApplyDocumentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    const options = params.initializationOptions as ServiceOptions | undefined;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: providedKinds },
        completionProvider: {},
        hoverProvider: true,
        documentSymbolProvider: { label: 'POA' },
        foldingRangeProvider: true,
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

  type Analysis = { version: number; result: LintResult; diagnostics: Diagnostic[] };
  /** The run under way for each document, so that a request for the same version waits for it instead of starting another. */
  const running = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  /** Counts changes of settings: a run started under older settings is stale too. */
  let settingsGeneration = 0;

  /** The analysis of a document's current version: cached, or run now; undefined if the document changed meanwhile. */
  const analyze = (uri: string): Promise<Analysis | undefined> => {
    const version = documents.get(uri)?.version;
    if (version === undefined) return Promise.resolve(undefined);
    const cached = analyses.get(uri);
    if (cached?.version === version) return Promise.resolve(cached);
    const underway = running.get(uri);
    if (underway?.version === version) return underway.promise;
    const promise = runAnalysis(uri, version).finally(() => {
      if (running.get(uri)?.promise === promise) running.delete(uri);
    });
    running.set(uri, { version, promise });
    return promise;
  };

  /**
   * Analyses one version. On a long text the work runs in slices; between
   * them the server reads newer messages, and a run whose version is no
   * longer current stops there, so edits never queue behind stale work.
   */
  const runAnalysis = async (uri: string, version: number): Promise<Analysis | undefined> => {
    const generation = settingsGeneration;
    const isStale = () => documents.get(uri)?.version !== version || settingsGeneration !== generation;
    // The workspace's .poarc.json wins over editor settings, as it does for the CLI.
    const settings = mergeSettings(await settingsFromEditor(uri), settingsFromFile(uri));
    if (isStale()) return undefined;
    const steps = lintSteps(documents.get(uri)!.getText(), { format: formatForPath(uri), settings, rules: rulesInForce });
    let sliceStart = performance.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        const result = step.value;
        const analysis = { version, result, diagnostics: result.findings.map((finding) => toDiagnostic(finding, result.poa.lines)) };
        analyses.set(uri, analysis);
        return analysis;
      }
      if (performance.now() - sliceStart > analysisSliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        if (isStale()) return undefined;
        sliceStart = performance.now();
      }
    }
  };

  const validate = async (document: TextDocument) => {
    const { uri, version } = document;
    try {
      const analysis = await analyze(uri);
      if (!analysis || analysis.version !== version) return;
      for (const failure of analysis.result.failures) {
        const error = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
        logOnce(`rule:${failure.ruleId}`, `rule ${failure.ruleId} failed and was skipped; the other rules still ran. ${error}`);
      }
      if (documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
      void connection.sendNotification(documentStatsNotification, { uri, version, words: countWords(analysis.result.poa.masked) });
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
    analyses.delete(event.document.uri);
    editorSettings.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  const relintAll = () => {
    scheduledVersion.clear();
    analyses.clear();
    running.clear();
    settingsGeneration++;
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

  connection.onCodeAction(async ({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    const analysis = await analyze(textDocument.uri);
    // Fixes computed for another version would land in the wrong place.
    if (!document || !analysis || analysis.version !== document.version) return [];
    return codeActions({
      uri: textDocument.uri,
      version: analysis.version,
      diagnostics: context.diagnostics,
      allDiagnostics: analysis.diagnostics,
      only: context.only,
      documentChanges: canApplyDocumentChanges,
      isEmpty: document.getText().trim() === '',
    });
  });
  connection.onCompletion(async ({ textDocument, position }) => {
    const analysis = await analyze(textDocument.uri);
    return analysis ? completions(analysis.result.poa, position) : [];
  });
  connection.onHover(async ({ textDocument, position }) => {
    const analysis = await analyze(textDocument.uri);
    return analysis ? hoverFor(analysis.diagnostics, position) : null;
  });
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const analysis = await analyze(textDocument.uri);
    return analysis ? documentSymbols(analysis.result.poa) : [];
  });
  connection.onFoldingRanges(async ({ textDocument }) => {
    const analysis = await analyze(textDocument.uri);
    return analysis ? foldingRanges(analysis.result.poa) : [];
  });
  connection.onRequest(exportPlainTextRequest, async ({ uri }) => {
    const analysis = await analyze(uri);
    return analysis ? exportPlainText(analysis.result.poa) : null;
  });

  documents.listen(connection);
  connection.listen();
}
