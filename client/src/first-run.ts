import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { readsLikePlanRequest } from '../../server/src/common/protocol';

const offeredKey = 'poa.offeredToLint';
export const lintAsPlanAction = 'Lint this file as a Plan of Action';

/** Words without which a file cannot read like a plan: only such a file is worth starting the server for. */
const mayBePlan = /plans? of action|root cause|what went wrong|actions? (?:we have )?taken|prevent/i;

function isCandidate(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' && document.languageId !== 'plaintext') return false;
  if (!['file', 'vscode-vfs', 'vscode-remote'].includes(document.uri.scheme)) return false;
  const name = document.uri.path.split('/').pop() ?? '';
  return /\.(?:md|markdown|txt)$/i.test(name) && !/\.poa\.(?:md|txt)$/i.test(name) && document.getText().length <= 200_000;
}

/**
 * A Markdown or text file that reads like a Plan of Action (the server judges:
 * two of the three parts labelled, or "Plan of Action" in a heading) gets one
 * offer, once per file, to switch its language to the plan's and lint it.
 */
export function offerToLintAsPlan(context: vscode.ExtensionContext, client: () => Promise<BaseLanguageClient>): vscode.Disposable {
  const asking = new Set<string>();
  const consider = async (document: vscode.TextDocument) => {
    const uri = document.uri.toString();
    const offered = context.workspaceState.get<string[]>(offeredKey, []);
    if (!isCandidate(document) || offered.includes(uri) || asking.has(uri) || !mayBePlan.test(document.getText())) return;
    asking.add(uri);
    try {
      const running = await client();
      if (!(await running.sendRequest(readsLikePlanRequest, { uri, text: document.getText() }))) return;
      await context.workspaceState.update(offeredKey, [...context.workspaceState.get<string[]>(offeredKey, []), uri]);
      const name = document.uri.path.split('/').pop();
      const choice = await vscode.window.showInformationMessage(`${name} reads like a Plan of Action.`, lintAsPlanAction);
      if (choice === lintAsPlanAction) await vscode.languages.setTextDocumentLanguage(document, 'poa');
    } catch {
      // The server is stopping or restarting: the next time the file is opened, it is asked again.
    } finally {
      asking.delete(uri);
    }
  };
  // Files the seller looks at, not those opened in the background (by Git, search or another extension).
  for (const editor of vscode.window.visibleTextEditors) void consider(editor.document);
  return vscode.window.onDidChangeActiveTextEditor((editor) => editor && void consider(editor.document));
}
