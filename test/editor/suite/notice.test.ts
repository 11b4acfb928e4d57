import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllWithoutSaving, codeOf, hasCode, screenshot, waitForDiagnostics, workspaceFile } from './helpers';

describe('The notice in the editor', () => {
  before(async () => {
    await activateExtension();
  });
  after(closeAllWithoutSaving);

  it('shows a code lens above the notice, and the coverage fix adds the unanswered ASIN', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('trademark-notice.poa.md'));
    const editor = await vscode.window.showTextDocument(document);
    const { uri } = document;
    const diagnostics = await waitForDiagnostics(uri, hasCode('notice-coverage'), 'notice-coverage');
    const coverage = diagnostics.filter((d) => codeOf(d) === 'notice-coverage');
    assert.deepEqual(
      coverage.map((d) => document.getText(d.range)),
      ['B0KTL00003'],
    );

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(
      titles.some((title) => title === 'Notice: 3 ASINs · 2 addressed'),
      titles.join(' | '),
    );
    assert.equal(lenses.find((lens) => lens.command?.title.startsWith('Notice'))?.range.start.line, 6, 'on the fence line');

    // The lens above the notice and the finding on the ID inside it, as a seller sees them.
    editor.selection = new vscode.Selection(coverage[0].range.start, coverage[0].range.start);
    editor.revealRange(coverage[0].range, vscode.TextEditorRevealType.InCenter);
    await screenshot('notice-coverage');
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('notice-hover');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      coverage[0].range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a): a is vscode.CodeAction => a.title === 'Add B0KTL00003 to the actions taken');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    const notice = document.getText().slice(0, document.getText().indexOf('## Root cause'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was applied');
    await waitForDiagnostics(uri, (ds) => !hasCode('notice-coverage')(ds), 'notice-coverage to go after the fix');
    assert.ok(document.getText().startsWith(notice), 'the notice is as it was');
    assert.match(document.getText(), /- B0KTL00003: \[what you found and did about this ASIN, and when\]/);
  });
});
