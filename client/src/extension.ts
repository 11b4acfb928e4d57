import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { vscodeClientCommands, type PoaInitializationOptions } from '../../server/src/common/protocol';
import { registerCommands } from './commands';
import { ReadinessStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('POA Lint');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'poa' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.poarc.json') },
    outputChannel,
    // The snippet, selection and template commands are ours to run: the server sends them instead of plain edits.
    // Diagnostics stay pushed, timed by poa.run and poa.debounceMs.
    initializationOptions: { clientCommands: vscodeClientCommands, pushDiagnostics: true } satisfies PoaInitializationOptions,
  };
  client = new LanguageClient('poa', 'POA Lint', serverOptions, clientOptions);
  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('poa.restartServer', async () => {
      await client?.restart();
    }),
    ...registerCommands(context, () => client),
    new ReadinessStatus(client),
  );
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
