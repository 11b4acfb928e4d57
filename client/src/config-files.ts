import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { configFilesNotification } from '../../server/src/common/protocol';

/**
 * In a workspace whose files the server cannot open itself (a virtual
 * workspace on the desktop; any workspace in vscode.dev or github.dev, where
 * the server runs in a web worker with no disk), the client reads the
 * .poarc.json files through the editor's file system and sends them, again on
 * each change. A workspace on disk needs none of this: the server reads it.
 */
export function shareConfigFiles(client: BaseLanguageClient, serverReadsDisk: boolean): vscode.Disposable {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (serverReadsDisk && folders.every((folder) => folder.uri.scheme === 'file')) return new vscode.Disposable(() => undefined);
  const send = async () => {
    const uris = await vscode.workspace.findFiles('**/.poarc.json', '**/node_modules/**', 100);
    const files = [];
    for (const uri of uris) {
      try {
        files.push({ uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
      } catch {
        // Gone since it was found: the next change sends the files again.
      }
    }
    await client.sendNotification(configFilesNotification, { files });
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/.poarc.json');
  const resend = () => void send().catch(() => undefined);
  resend();
  return vscode.Disposable.from(watcher, watcher.onDidCreate(resend), watcher.onDidChange(resend), watcher.onDidDelete(resend));
}
