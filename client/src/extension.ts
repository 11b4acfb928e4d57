import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { vscodeClientCommands, type PoaInitializationOptions } from '../../server/src/common/protocol';
import { registerCommands } from './commands';
import { offerToLintAsPlan } from './first-run';
import { ReadinessStatus } from './status';

let client: LanguageClient | undefined;
let started: Promise<void> | undefined;

/** The server starts with the first plan opened, or a command that needs it: a Markdown file alone costs nothing. */
function startServer(): Promise<LanguageClient> {
  started ??= client!.start();
  return started.then(() => client!);
}

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
      if (started) await client?.restart();
      else await startServer();
    }),
    ...registerCommands(context, startServer),
    new ReadinessStatus(client),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === 'poa') void startServer();
    }),
    offerToLintAsPlan(context, startServer),
  );
  if (vscode.workspace.textDocuments.some((document) => document.languageId === 'poa')) await startServer();
  return client;
}

export async function deactivate(): Promise<void> {
  if (started) await client?.stop();
}
