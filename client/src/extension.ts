import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { ReadinessStatus } from './status';

let client: LanguageClient | undefined;

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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'poa' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.poarc.json') },
    outputChannel,
    initializationOptions: { editorShowsMessages: true },
  };
  client = new LanguageClient('poa', 'POA Lint', serverOptions, clientOptions);
  const status = new ReadinessStatus(client);
  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('poa.restartServer', async () => {
      await client?.restart();
    }),
    ...registerCommands(context, () => client),
    status,
  );
  await client.start();
  const version = (context.extension.packageJSON as { version?: string }).version ?? '?';
  outputChannel.appendLine(`POA Lint ${version}: the language server started (${module}).`);
  return { client, readinessText: () => status.text };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
