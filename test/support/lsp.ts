import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverPath = join(__dirname, '..', '..', 'dist', 'server.js');

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Converts an offset of a text to an LSP position, as an editor does before it sends a change. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

export interface TestServerOptions {
  /** Answers workspace/configuration; undefined means the client does not support it. */
  configuration?: () => unknown;
  initializationOptions?: unknown;
  /** Instead of the built server, one whose named rules throw (test/support/faulty-server.ts, run from source). */
  faults?: string[];
  /** Another build of the server, e.g. the one an installed package holds. */
  serverPath?: string;
  /** What node runs to start the server, instead of `dist/server.js --stdio` (the CLI's `dist/cli.js --stdio`, say). */
  command?: string[];
  /** Client capabilities beside those every test client has (LSP 3.17 pull diagnostics, say). */
  textDocumentCapabilities?: Record<string, unknown>;
  workspaceCapabilities?: Record<string, unknown>;
}

/** A publishDiagnostics notification with the time it arrived (performance.now()). */
export interface Published extends PublishDiagnosticsParams {
  at: number;
}

type Predicate = (diagnostics: Diagnostic[], published: Published) => boolean;

/**
 * The built server over stdio, driven the way an editor drives it: by the
 * tests, the adversarial suite and the bench, which reads the clock on each
 * publication (what the seller waits for) and the server's memory.
 */
export class TestServer {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** Every publication, in the order it arrived. */
  readonly published: Published[] = [];
  private readonly waiters: { uri: string; predicate: Predicate; resolve: (p: Published) => void }[] = [];
  /** The text and version of each document opened with open() and changed with edit(). */
  private readonly texts = new Map<string, { text: string; version: number }>();
  initializeResult?: InitializeResult;

  constructor(private readonly options: TestServerOptions = {}) {
    const args = options.faults
      ? [
          '--require',
          join(__dirname, 'markdown-text.cjs'),
          '--import',
          'tsx',
          join(__dirname, 'faulty-server.ts'),
          '--stdio',
          options.faults.join(','),
        ]
      : (options.command ?? [options.serverPath ?? serverPath, '--stdio']);
    this.process = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const published = { ...params, at: performance.now() };
      this.published.push(published);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics, published)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(published);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.logs.push(params.message);
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.options.configuration?.() ?? null),
    );
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: {
          configuration: this.options.configuration !== undefined,
          didChangeConfiguration: { dynamicRegistration: true },
          ...this.options.workspaceCapabilities,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: false, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          ...this.options.textDocumentCapabilities,
        },
      },
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** The next diagnostics published for a document that satisfy the predicate. */
  diagnostics(uri: string, predicate: Predicate = () => true, timeoutMs = 10_000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        const last = JSON.stringify(this.lastFor(uri)?.diagnostics.map((d) => d.code));
        const stderr = this.stderr.join('').slice(-1000);
        reject(new Error(`no matching diagnostics for ${uri} in ${timeoutMs} ms; last: ${last}${stderr && `; server stderr: ${stderr}`}`));
      }, timeoutMs);
      const waiter = { uri, predicate, resolve: (p: Published) => (clearTimeout(timer), resolve(p)) };
      this.waiters.push(waiter);
    });
  }

  /** The diagnostics of this version of a document or a later one: published already, or the next to come. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 120_000): Promise<Published> {
    const atLeast = (p: Published) => p.version !== undefined && p.version >= version;
    const done = this.published.find((p) => p.uri === uri && atLeast(p));
    return done ? Promise.resolve(done) : this.diagnostics(uri, (_, p) => atLeast(p), timeoutMs);
  }

  lastFor(uri: string): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** The text of a document as open() and edit() left it. */
  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  /** Opens a document; resolves with the time it was sent. */
  async open(uri: string, text: string, languageId = 'poa', version = 1): Promise<number> {
    this.texts.set(uri, { text, version });
    const sentAt = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return sentAt;
  }

  /** Replaces [start, end) of an opened document by newText, as one incremental change; resolves with the version and when it was sent. */
  async edit(uri: string, start: number, end: number, newText: string): Promise<{ version: number; sentAt: number }> {
    const document = this.texts.get(uri)!;
    const range = { start: positionAt(document.text, start), end: positionAt(document.text, end) };
    document.text = document.text.slice(0, start) + newText + document.text.slice(end);
    const version = ++document.version;
    const sentAt = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: newText }],
    });
    return { version, sentAt };
  }

  /** Resident set size of the server process in MB, from /proc (Linux); undefined elsewhere. */
  residentMegabytes(): { current: number; peak: number } | undefined {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
      return { current: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The process may already be gone.
    }
    this.connection.dispose();
    this.process.kill();
  }
}
