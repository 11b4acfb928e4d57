import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startSession } from './session';

/** The browser's Worker; the project's types are Node's. */
declare const Worker: new (url: string) => { terminate(): void };

let session: { stop(): Promise<void> } | undefined;

/** vscode.dev and github.dev: the same client, the server in a web worker (dist/web/server.js). */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; readinessText(): string }> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = new Worker(serverMain.toString(true));
  const outputChannel = vscode.window.createOutputChannel('POA Lint');
  context.subscriptions.push(outputChannel);
  const client = new LanguageClient('poa', 'POA Lint', clientOptions(context, outputChannel), worker);
  const started = await startSession(context, client, outputChannel, { where: 'a web worker', readsDisk: false });
  session = started;
  return { client, readinessText: () => started.readinessText() };
}

export async function deactivate(): Promise<void> {
  await session?.stop();
}
