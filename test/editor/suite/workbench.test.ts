import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllWithoutSaving,
  codeOf,
  hasCode,
  poaDiagnostics,
  screenshot,
  until,
  waitForDiagnostics,
  workspaceFile,
} from './helpers';

interface PoaLintApi {
  readinessText(): string;
}

describe('The workbench around a plan', () => {
  let api: PoaLintApi;
  before(async () => {
    api = (await activateExtension()).exports as PoaLintApi;
  });
  afterEach(closeAllWithoutSaving);

  it('wraps words in a plan, as VS Code does for Markdown', () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'poa' }).get('wordWrap'), 'on');
  });

  it('the status bar says whether this plan is ready and how many words it has, and leaves problem counts to VS Code', async () => {
    const uri = workspaceFile('late-shipment.poa.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasCode('blame'), 'the plan to be linted');
    await until(() => /words$/.test(api.readinessText()), 'the word count in the status bar');
    assert.match(api.readinessText(), /^\$\(circle-slash\) Not ready yet · \d+ words$/);
    await screenshot('status-bar');
  });

  it('an empty plan shows one pointer to the template instead of three errors, until the seller types', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'poa', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const empty = await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'the empty-plan hint');
    assert.deepEqual(
      empty.map((d) => [codeOf(d), d.severity]),
      [['empty-plan', vscode.DiagnosticSeverity.Information]],
    );
    assert.match(empty[0].message, /SMART template: press Ctrl\+Space/);
    await until(() => api.readinessText() === '$(edit) Empty plan', 'the status bar to say the plan is empty');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'We are writing about our account.\n'));
    await waitForDiagnostics(document.uri, hasCode('missing-root-cause'), 'the missing sections once there is text');
    assert.ok(!poaDiagnostics(document.uri).some((d) => codeOf(d) === 'empty-plan'));
  });
});
