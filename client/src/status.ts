import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { documentStatsNotification, type DocumentStats } from '../../server/src/common/protocol';

/**
 * The status bar item: whether the active plan is ready to submit, and the
 * seller's word count from the server. Problem counts are VS Code's to show.
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
    // Readiness and words of this plan only: VS Code's own counter shows the problems of every file.
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'poa');
    const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const words = this.words.get(document.uri.toString())?.words;
    const wordText = words === undefined ? '' : ` · ${words} ${words === 1 ? 'word' : 'words'}`;
    const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    let label: string;
    let tooltip: string;
    if (document.getText().trim() === '') {
      label = '$(edit) Empty plan';
      tooltip = 'Press Ctrl+Space or run "POA: Insert SMART POA template" to start from the template.';
    } else if (errors + warnings > 0) {
      label = `$(circle-slash) Not ready yet${wordText}`;
      tooltip = `This plan has ${plural(errors, 'error')} and ${plural(warnings, 'warning')} to fix before you submit.`;
    } else {
      label = `$(check) Ready to submit${wordText}`;
      tooltip = 'No errors or warnings left in this plan.';
    }
    this.item.text = label;
    this.item.tooltip = `${tooltip} Click to open the Problems view.`;
    this.item.accessibilityInformation = { label: `Plan of Action: ${label.replace(/\$\([a-z-]+\) /, '')}. ${tooltip}` };
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
