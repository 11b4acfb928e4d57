import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startSession } from './session';

let session: { stop(): Promise<void> } | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('POA Lint');
  context.subscriptions.push(outputChannel);
  const started = await startSession(
    context,
    new LanguageClient('poa', 'POA Lint', serverOptions, clientOptions(context, outputChannel)),
    true,
  );
  session = started;
  return started.client;
}

export async function deactivate(): Promise<void> {
  await session?.stop();
}
