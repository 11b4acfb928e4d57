import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** Converts offsets of a text to LSP positions, as an editor does before it sends a change. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * The built server over stdio, driven as an editor drives it, with the clock
 * on each publishDiagnostics: what the seller waits for.
 */
export class BenchClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Every publication as it arrived, with its arrival time. */
  readonly published: { uri: string; version?: number; at: number; count: number }[] = [];
  private readonly waiters: { uri: string; version: number; resolve: (at: number) => void }[] = [];
  private readonly texts = new Map<string, { text: string; version: number }>();

  constructor(serverPath: string) {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const at = performance.now();
      this.published.push({ uri: params.uri, version: params.version, at, count: params.diagnostics.length });
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && params.version !== undefined && params.version >= waiter.version) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(at);
        }
      }
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings ?? null));
    this.connection.listen();
  }

  private settings: unknown;

  /** Starts the session; with `settings`, the client answers the server's workspace/configuration with them. */
  async initialize(settings?: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: settings !== undefined },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the arrival time of the diagnostics for this version (or a later one) of the document. */
  diagnosticsFor(uri: string, version: number): Promise<number> {
    const done = this.published.find((p) => p.uri === uri && p.version !== undefined && p.version >= version);
    if (done) return Promise.resolve(done.at);
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  /** Opens a document as version 1; returns when it was sent. */
  async open(uri: string, text: string): Promise<number> {
    this.texts.set(uri, { text, version: 1 });
    const sentAt = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'poa', version: 1, text } });
    return sentAt;
  }

  /** Replaces [start, end) by newText as one incremental change; returns the new version and when it was sent. */
  async edit(uri: string, start: number, end: number, newText: string): Promise<{ version: number; sentAt: number }> {
    const document = this.texts.get(uri)!;
    const range = { start: positionAt(document.text, start), end: positionAt(document.text, end) };
    document.text = document.text.slice(0, start) + newText + document.text.slice(end);
    document.version++;
    const sentAt = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [{ range, text: newText }],
    });
    return { version: document.version, sentAt };
  }

  /** Resident set size of the server process, from /proc (Linux). */
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
      // Already gone.
    }
    this.connection.dispose();
    this.process.kill();
  }
}
