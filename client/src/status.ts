import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { documentStatsNotification, type DocumentStats } from '../../server/src/common/protocol';

/**
 * The status bar item: errors and warnings left in the active plan, "Ready
 * to submit" when none remain, and the seller's word count from the server.
 */
export class ReadinessStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('poa.readiness', vscode.StatusBarAlignment.Left, 50);
  private readonly words = new Map<string, DocumentStats>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(client: BaseLanguageClient) {
    this.item.name = 'POA readiness';
    this.item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    this.disposables.push(
      this.item,
      client.onNotification(documentStatsNotification, (stats) => {
        this.words.set(stats.uri, stats);
        if (stats.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((document) => this.words.delete(document.uri.toString())),
    );
    this.update();
  }

  /** The item's text as shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'poa') {
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'poa');
    const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const suggestions = diagnostics.length - errors - warnings;
    const words = this.words.get(document.uri.toString())?.words;
    const wordText = words === undefined ? '' : ` · ${words} ${words === 1 ? 'word' : 'words'}`;
    const ready = errors === 0 && warnings === 0;
    this.item.text = ready ? `$(check) Ready to submit${wordText}` : `$(error) ${errors} $(warning) ${warnings}${wordText}`;
    const left = ready
      ? suggestions > 0
        ? `No errors or warnings; ${suggestions} suggestion${suggestions === 1 ? '' : 's'} left.`
        : 'No problems found.'
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} to fix before you submit.`;
    this.item.tooltip = `${left}${words === undefined ? '' : ` ${words} words.`} Click to open the Problems view.`;
    this.item.accessibilityInformation = {
      label: `Plan of Action: ${ready ? 'ready to submit' : left}${words === undefined ? '' : `, ${words} words`}`,
    };
    this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
