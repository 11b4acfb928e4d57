import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { commands, vscodeClientCommands, type PoaInitializationOptions } from '../../server/src/common/protocol';
import { registerCommands } from './commands';
import { shareConfigFiles } from './config-files';
import { offerToLintAsPlan } from './first-run';
import { ReadinessStatus } from './status';

/** The client's options, the same on the desktop and in a browser. */
export function clientOptions(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'poa' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.poarc.json') },
    outputChannel,
    // The snippet, selection and template commands are ours to run: the server sends them instead of plain edits.
    // Diagnostics stay pushed, timed by poa.run and poa.debounceMs.
    initializationOptions: {
      clientCommands: vscodeClientCommands,
      pushDiagnostics: true,
      editorShowsMessages: true,
      ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'dist', 'rules').toString(),
    } satisfies PoaInitializationOptions,
  };
}

/**
 * Everything the extension does around its language client, wherever the
 * server runs (a Node process, a web worker). The server starts with the
 * first plan opened, or a command that needs it: a Markdown file alone costs nothing.
 */
export async function startSession<Client extends BaseLanguageClient>(
  context: vscode.ExtensionContext,
  client: Client,
  outputChannel: vscode.OutputChannel,
  /** Where the server runs, for the output channel: a file, a web worker. */
  server: { where: string; readsDisk: boolean },
): Promise<{ client: Client; readinessText(): string; stop(): Promise<void> }> {
  const version = (context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '?';
  const status = new ReadinessStatus(client);
  let started: Promise<void> | undefined;
  let sharing: vscode.Disposable | undefined;
  // A server started again has forgotten the configuration files it was sent.
  const start = () =>
    client.start().then(() => {
      outputChannel.appendLine(`POA Lint ${version}: the language server started (${server.where}).`);
      sharing?.dispose();
      sharing = shareConfigFiles(client, server.readsDisk);
    });
  const running = (): Promise<Client> => {
    started ??= start();
    return started.then(() => client);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(commands.restartServer, async () => {
      if (started) started = started.then(() => client.stop()).then(start);
      await running();
    }),
    ...registerCommands(context, running),
    status,
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === 'poa') void running();
    }),
    offerToLintAsPlan(context, running),
  );
  if (vscode.workspace.textDocuments.some((document) => document.languageId === 'poa')) await running();
  context.subscriptions.push({
    dispose: () => {
      sharing?.dispose();
    },
  });
  const stop = async (): Promise<void> => {
    if (started) await client.stop();
  };
  return { client, readinessText: () => status.text, stop };
}
