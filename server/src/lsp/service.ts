import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  CodeActionKind,
  MarkupKind,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  configFilesNotification,
  documentStatsNotification,
  exportPlainTextRequest,
  previousVersionRequest,
  formFieldsRequest,
  readsLikePlanRequest,
  ruleDocumentationRequest,
  ruleListRequest,
  type PoaInitializationOptions,
} from '../common/protocol';
import { mergeSettings, readSettings, type PoaSettings } from '../common/settings';
import { readConfigText, type ConfigFile } from '../config/config-text';
import { exportPlainText } from '../engine/export';
import { createLinter, type Linter, type LintResult } from '../engine/linter';
import { readsLikePlanOfAction } from '../engine/detect';
import { formatForPath, parsePlanOfAction } from '../engine/parse';
import type { NoticeSources } from '../engine/plan-notice';
import { noticeTemplateFix } from '../rule-kit/notice-template';
import type { Rule } from '../engine/rule';
import { countWords } from '../engine/text';
import { codeActions, providedKinds } from './code-actions';
import { completions } from './completion';
import { emptyPlanDiagnostic, toDiagnostics, type RuleDocUrl } from './diagnostics';
import { hoverFor } from './hover';
import { attachmentLinks } from './links';
import { noticeHover, noticeLenses } from './notice-lens';
import { formFieldTexts, formLenses } from './form';
import { documentSymbols, foldingRanges } from './outline';
import { readRuleDoc } from './rule-docs';

/** Longest stretch of analysis before the server reads its messages again. */
const analysisSliceMs = 12;

/** What the service needs from where it runs: a Node process (node-host.ts) or a browser's web worker. */
export interface ServiceHost {
  /** Where the rule docs are, if the host knows; else the client says (initializationOptions.ruleDocsBase), or there is no link. */
  ruleDocUrl?: RuleDocUrl;
  /** The .poarc.json in force for a document, if the host has a file system and finds one. */
  configFile(uri: string): ConfigFile | undefined;
  /** A .poarc.json changed: read them again. */
  forgetConfigFiles(): void;
  /** The SMART POA template, as a snippet. */
  template(): string | undefined;
  /** The files beside a plan (its notice's sidecar, the previous version, attachments); none for an untitled or web one. */
  sources(uri: string): NoticeSources;
}

export interface ServiceOptions {
  /** The rules in force (the registry's, or a test's). */
  rules: readonly Rule[];
  host: ServiceHost;
}

/** Lets the server read its messages between slices of analysis: setImmediate in Node, a zero timeout in a worker. */
const nextTurn = (resolve: () => void) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0));

interface Analysis {
  version: number;
  /** The settings generation it ran under. */
  generation: number;
  /** The settings it ran with. */
  settings: PoaSettings;
  result: LintResult;
  diagnostics: Diagnostic[];
}

/** All the server keeps about one open document; closing it drops the record whole. */
interface OpenDocument {
  /** The timer of the analysis scheduled after the last change, and the version it is for. */
  timer?: NodeJS.Timeout;
  scheduledVersion?: number;
  /** The editor's settings for this document, asked once. */
  editorSettings?: Promise<Partial<PoaSettings>>;
  /** The last analysis, with the diagnostics published for it. */
  analysis?: Analysis;
  /** The run under way, so that a request for the same version waits for it instead of starting another. */
  running?: { version: number; promise: Promise<Analysis | undefined> };
}

/** The notice's hover over an ID and the rules' hover over a finding on it, as one. */
function joinHovers(notice: Hover | null, finding: Hover | null): Hover | null {
  if (!notice || !finding) return notice ?? finding;
  const value = (hover: Hover) => (hover.contents as MarkupContent).value;
  return { contents: { kind: MarkupKind.Markdown, value: `${value(notice)}\n\n---\n\n${value(finding)}` }, range: notice.range };
}

/** Wires the analysis to an LSP connection: documents in, diagnostics out. */
export function startService(connection: Connection, options: ServiceOptions): void {
  new PoaService(connection, options).listen();
}

class PoaService {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly open = new Map<string, OpenDocument>();
  private readonly linter: Linter;
  private readonly host: ServiceHost;
  private ruleDocUrl?: RuleDocUrl;
  /** The .poarc.json files the client sent, by the URI of their folder. */
  private sentConfigFiles = new Map<string, ConfigFile>();
  private readonly reported = new Set<string>();
  private editorShowsMessages = false;
  private canPullConfiguration = false;
  private canApplyDocumentChanges = false;
  /** The client-side commands the client announced (initializationOptions.clientCommands): VS Code's snippet commands. */
  private clientCommands: string[] = [];
  /** The client pulls diagnostics (LSP 3.17 textDocument/diagnostic); otherwise the server publishes them. */
  private pullDiagnostics = false;
  private canRefreshDiagnostics = false;
  private canRefreshCodeLenses = false;
  /** Counts changes of settings: a run started under older settings is stale too. */
  private settingsGeneration = 0;

  constructor(
    private readonly connection: Connection,
    options: ServiceOptions,
  ) {
    this.linter = createLinter({ rules: options.rules });
    this.host = options.host;
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'poa' });
    });
    documents.onDidOpen((event) => this.schedule(event.document, 0));
    documents.onDidChangeContent((event) => void this.scheduleAfterChange(event.document));
    documents.onDidSave((event) => void this.scheduleAfterSave(event.document));
    documents.onDidClose((event) => this.close(event.document.uri));
    connection.onDidChangeConfiguration(() => {
      for (const state of this.open.values()) state.editorSettings = undefined;
      this.relintAll();
    });
    connection.onNotification(configFilesNotification, ({ files }) => {
      const valid = Array.isArray(files) ? files.filter((f) => typeof f?.uri === 'string' && typeof f.text === 'string') : [];
      this.sentConfigFiles = new Map(
        valid.map((f) => [folderOf(f.uri), readConfigText(f.uri, f.text.slice(0, 1_000_000), this.ruleIds())]),
      );
      this.relintAll();
    });
    connection.onDidChangeWatchedFiles(() => {
      this.host.forgetConfigFiles();
      this.relintAll();
    });

    // Every request reads the analysis of the document's current version.
    connection.onCodeAction(async ({ textDocument, context }) => {
      const document = documents.get(textDocument.uri);
      const analysis = await this.analyze(textDocument.uri);
      // Fixes computed for another version would land in the wrong place.
      if (!document || !analysis || analysis.version !== document.version) return [];
      const template = noticeTemplateFix(analysis.result.poa, analysis.result.notices);
      const offered = codeActions({
        uri: textDocument.uri,
        version: analysis.version,
        diagnostics: context.diagnostics,
        allDiagnostics: analysis.diagnostics,
        only: context.only,
        documentChanges: this.canApplyDocumentChanges,
        isEmpty: document.getText().trim() === '',
        clientCommands: this.clientCommands,
        text: document.getText(),
        template: this.host.template(),
      });
      if (!template || (context.only && !context.only.includes(CodeActionKind.QuickFix))) return offered;
      const lines = analysis.result.poa.lines;
      const edits = template.edits.map((edit) => ({
        range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) },
        newText: edit.newText,
      }));
      return [...offered, { title: template.title, kind: CodeActionKind.QuickFix, edit: { changes: { [textDocument.uri]: edits } } }];
    });
    connection.onRequest(previousVersionRequest, async ({ uri }) => {
      const analysis = await this.analyze(uri);
      const notices = analysis?.result.notices;
      const path = notices?.facts.previous?.path;
      if (!notices?.files || path === undefined || notices.files.kind(path) !== 'file') return null;
      return { uri: notices.files.uriOf(path), path };
    });
    const withAnalysis =
      <T>(answer: (analysis: Analysis, params: { position: { line: number; character: number } }) => T, none: T) =>
      async (params: { textDocument: { uri: string }; position?: { line: number; character: number } }) => {
        const analysis = await this.analyze(params.textDocument.uri);
        return analysis ? answer(analysis, { position: params.position ?? { line: 0, character: 0 } }) : none;
      };
    connection.onCompletion(withAnalysis((analysis, { position }) => completions(analysis.result.poa, position, this.host.template()), []));
    connection.onHover(
      withAnalysis(
        (analysis, { position }) =>
          joinHovers(noticeHover(analysis.result, position), hoverFor(analysis.diagnostics, position, this.editorShowsMessages)),
        null,
      ),
    );
    connection.onDocumentSymbol(withAnalysis((analysis) => documentSymbols(analysis.result.poa), []));
    connection.onFoldingRanges(withAnalysis((analysis) => foldingRanges(analysis.result.poa), []));
    connection.onDocumentLinks(withAnalysis((analysis) => attachmentLinks(analysis.result), []));
    connection.onCodeLens(async ({ textDocument }) => {
      const analysis = await this.analyze(textDocument.uri);
      if (!analysis) return [];
      return [
        ...noticeLenses(analysis.result, analysis.diagnostics),
        ...formLenses(textDocument.uri, analysis.result.poa, analysis.settings),
      ];
    });
    connection.onRequest(formFieldsRequest, async ({ uri }) => {
      const analysis = await this.analyze(uri);
      return analysis ? formFieldTexts(analysis.result.poa, analysis.settings) : null;
    });
    connection.onRequest(exportPlainTextRequest, async ({ uri }) => {
      const analysis = await this.analyze(uri);
      return analysis ? exportPlainText(analysis.result.poa) : null;
    });

    connection.onRequest(ruleDocumentationRequest, ({ ruleId }) => {
      const markdown = typeof ruleId === 'string' ? readRuleDoc(ruleId) : undefined;
      return markdown === undefined ? null : { markdown };
    });
    connection.languages.diagnostics.on(async ({ textDocument, previousResultId }) => {
      // A run dropped because the document changed meanwhile is run again for the newer version.
      for (let attempt = 0; attempt < 10 && this.documents.get(textDocument.uri); attempt++) {
        const analysis = await this.analyze(textDocument.uri);
        if (!analysis) continue;
        this.logFailures(analysis);
        const resultId = `${analysis.version}.${analysis.generation}`;
        if (previousResultId === resultId) return { kind: 'unchanged', resultId };
        return { kind: 'full', resultId, items: analysis.diagnostics };
      }
      return { kind: 'full', items: [] };
    });
    connection.onRequest(readsLikePlanRequest, ({ uri, text }) => {
      // A file this long is not a plan to suggest; reading it would only cost time.
      if (typeof uri !== 'string' || typeof text !== 'string' || text.length > 200_000) return false;
      return readsLikePlanOfAction(parsePlanOfAction(text, { format: formatForPath(uri) }));
    });
    connection.onRequest(ruleListRequest, () => this.linter.rules.map(({ id, description }) => ({ id, description })));

    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.canPullConfiguration = params.capabilities.workspace?.configuration === true;
    this.canApplyDocumentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    const options = params.initializationOptions as PoaInitializationOptions | null | undefined;
    const announced = options?.clientCommands;
    this.clientCommands = Array.isArray(announced) ? announced.filter((c): c is string => typeof c === 'string') : [];
    this.pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined && options?.pushDiagnostics !== true;
    this.canRefreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    const docsBase = options?.ruleDocsBase;
    this.ruleDocUrl = typeof docsBase === 'string' ? (ruleId) => `${docsBase.replace(/\/$/, '')}/${ruleId}.md` : this.host.ruleDocUrl;
    this.canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    // VS Code shows a diagnostic's message in the hover over it: ours then adds only what is new.
    this.editorShowsMessages = options?.editorShowsMessages === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        codeActionProvider: { codeActionKinds: providedKinds },
        completionProvider: {},
        hoverProvider: true,
        documentSymbolProvider: { label: 'POA' },
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        ...(this.pullDiagnostics && {
          diagnosticProvider: { identifier: 'poa', interFileDependencies: false, workspaceDiagnostics: false },
        }),
      },
      serverInfo: { name: 'poa-lint' },
    };
  }

  private stateOf(uri: string): OpenDocument {
    let state = this.open.get(uri);
    if (!state) this.open.set(uri, (state = {}));
    return state;
  }

  private logOnce(key: string, message: string, show = false): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.connection.console.error(message);
    if (show) void this.connection.window.showWarningMessage(`POA Lint: ${message}`);
  }

  private settingsFromEditor(uri: string): Promise<Partial<PoaSettings>> {
    if (!this.canPullConfiguration) return Promise.resolve({});
    // A document closed meanwhile is asked without keeping a record for it.
    const state = this.open.get(uri) ?? {};
    state.editorSettings ??= this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'poa' }).then(
      (raw: unknown) => {
        const { settings, problems } = readSettings(raw, this.ruleIds());
        for (const problem of problems)
          this.logOnce(`settings:${problem.key}:${problem.message}`, `setting poa.${problem.key}: ${problem.message}`, true);
        return settings;
      },
      () => ({}),
    );
    return state.editorSettings;
  }

  private settingsFromFile(uri: string): Partial<PoaSettings> {
    const file = this.host.configFile(uri) ?? this.sentConfigFileFor(uri);
    for (const problem of file?.problems ?? []) this.logOnce(`file:${problem}`, problem, true);
    if (file && !file.unread && !this.reported.has(`read:${file.path}`)) {
      this.reported.add(`read:${file.path}`);
      this.connection.console.info(`read the settings of ${file.path}`);
    }
    return file?.settings ?? {};
  }

  /** The nearest .poarc.json the client sent, in the document's folder or above. */
  private sentConfigFileFor(uri: string): ConfigFile | undefined {
    if (this.sentConfigFiles.size === 0) return undefined;
    for (let folder = folderOf(uri); ;) {
      const file = this.sentConfigFiles.get(folder);
      if (file) return file;
      const parent = folderOf(folder);
      if (parent === folder) return undefined;
      folder = parent;
    }
  }

  /** The workspace's .poarc.json wins over editor settings, as it does for the CLI. */
  private async settingsFor(uri: string): Promise<PoaSettings> {
    return mergeSettings(await this.settingsFromEditor(uri), this.settingsFromFile(uri));
  }

  private ruleIds(): string[] {
    return this.linter.rules.map((rule) => rule.id);
  }

  /** The analysis of a document's current version: cached, or run now; undefined if the document changed meanwhile. */
  private analyze(uri: string): Promise<Analysis | undefined> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return Promise.resolve(undefined);
    const state = this.stateOf(uri);
    if (state.analysis?.version === version) return Promise.resolve(state.analysis);
    if (state.running?.version === version) return state.running.promise;
    const promise = this.runAnalysis(uri, version).finally(() => {
      if (state.running?.promise === promise) state.running = undefined;
    });
    state.running = { version, promise };
    return promise;
  }

  /**
   * Analyses one version. On a long text the work runs in slices; between
   * them the server reads newer messages, and a run whose version is no
   * longer current stops there, so edits never queue behind stale work.
   */
  private async runAnalysis(uri: string, version: number): Promise<Analysis | undefined> {
    const generation = this.settingsGeneration;
    const isStale = () => this.documents.get(uri)?.version !== version || this.settingsGeneration !== generation;
    const settings = await this.settingsFor(uri);
    if (isStale()) return undefined;
    const steps = this.linter.lintSteps(this.documents.get(uri)!.getText(), {
      format: formatForPath(uri),
      settings,
      sources: this.host.sources(uri),
    });
    let sliceStart = performance.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        const result = step.value;
        const diagnostics = /\S/.test(result.poa.text) ? toDiagnostics(result, this.ruleDocUrl) : [emptyPlanDiagnostic];
        const analysis = { version, generation, settings, result, diagnostics };
        // A document closed meanwhile keeps no record.
        if (this.open.has(uri)) this.stateOf(uri).analysis = analysis;
        return analysis;
      }
      if (performance.now() - sliceStart > analysisSliceMs) {
        await new Promise<void>(nextTurn);
        if (isStale()) return undefined;
        sliceStart = performance.now();
      }
    }
  }

  private async validate(document: TextDocument): Promise<void> {
    const { uri, version } = document;
    try {
      const analysis = await this.analyze(uri);
      if (!analysis || analysis.version !== version) return;
      this.logFailures(analysis);
      if (this.documents.get(uri)?.version !== version) return;
      void this.connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
      void this.connection.sendNotification(documentStatsNotification, { uri, version, words: countWords(analysis.result.poa.masked) });
    } catch (error) {
      this.logOnce(`crash:${String(error)}`, `analysis of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private logFailures(analysis: Analysis): void {
    for (const failure of analysis.result.failures) {
      const error = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
      this.logOnce(`rule:${failure.ruleId}`, `rule ${failure.ruleId} failed and was skipped; the other rules still ran. ${error}`);
    }
  }

  private schedule(document: TextDocument, delay: number): void {
    // A client that pulls diagnostics asks when it wants them: nothing to publish.
    if (this.pullDiagnostics) return;
    const state = this.stateOf(document.uri);
    // Opening fires both onDidOpen and onDidChangeContent: lint that version once, at once.
    if (state.timer && state.scheduledVersion === document.version) return;
    state.scheduledVersion = document.version;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.validate(document);
    }, delay);
  }

  /** After a keystroke: at once, after the quiet time the settings ask for, or not until the document is saved. */
  private async scheduleAfterChange(document: TextDocument): Promise<void> {
    const state = this.stateOf(document.uri);
    if (state.timer && state.scheduledVersion === document.version) return;
    const settings = await this.settingsFor(document.uri);
    if (this.documents.get(document.uri)?.version !== document.version) return;
    if (settings.run === 'onSave' && state.analysis !== undefined) return;
    this.schedule(document, settings.debounceMs);
  }

  private async scheduleAfterSave(document: TextDocument): Promise<void> {
    if ((await this.settingsFor(document.uri)).run === 'onSave') this.schedule(document, 0);
  }

  private close(uri: string): void {
    clearTimeout(this.open.get(uri)?.timer);
    this.open.delete(uri);
    if (!this.pullDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private relintAll(): void {
    this.reported.clear();
    this.settingsGeneration++;
    for (const state of this.open.values()) {
      state.analysis = undefined;
      state.running = undefined;
      state.scheduledVersion = undefined;
    }
    for (const document of this.documents.all()) this.schedule(document, 0);
    if (this.pullDiagnostics && this.canRefreshDiagnostics) this.connection.languages.diagnostics.refresh();
    // New budgets change the counts above the sections.
    if (this.canRefreshCodeLenses) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }
}

/** The folder of a URI, as a URI: `vscode-vfs://github/o/r/plans/a.poa.md` → `vscode-vfs://github/o/r/plans`. */
function folderOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const slash = path.lastIndexOf('/');
  return slash > path.indexOf('//') + 1 ? path.slice(0, slash) : path;
}
