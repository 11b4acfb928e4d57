import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startSession } from './session';

let session: { stop(): Promise<void> } | undefined;

/** What the extension gives other extensions and the editor tests. */
export interface PoaLintApi {
  client: LanguageClient;
  /** The status bar's text for the active plan, as shown. */
  readinessText(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<PoaLintApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('POA Lint');
  context.subscriptions.push(outputChannel);
  const client = new LanguageClient('poa', 'POA Lint', serverOptions, clientOptions(context, outputChannel));
  const started = await startSession(context, client, outputChannel, { where: module, readsDisk: true });
  session = started;
  return { client, readinessText: () => started.readinessText() };
}

export async function deactivate(): Promise<void> {
  await session?.stop();
}
