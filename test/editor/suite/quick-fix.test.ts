import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllWithoutSaving,
  codeOf,
  hasCode,
  lateShipmentWithoutPrevention,
  screenshot,
  waitForDiagnostics,
} from './helpers';

describe('Quick fixes in the editor', () => {
  before(async () => {
    await activateExtension();
  });
  after(closeAllWithoutSaving);

  it('inserts the missing section skeleton, and the diagnostic goes', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'poa', content: lateShipmentWithoutPrevention });
    const editor = await vscode.window.showTextDocument(document);
    const { uri } = document;
    const diagnostics = await waitForDiagnostics(uri, hasCode('missing-preventive-measures'), 'missing-preventive-measures');
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-preventive-measures')!;

    // The light bulb's menu, as a seller sees it.
    editor.selection = new vscode.Selection(missing.range.start.translate(0, 2), missing.range.start.translate(0, 2));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      missing.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = actions.filter((a): a is vscode.CodeAction => !(typeof a.command === 'string'));
    // Asked for at the diagnostic's range; the API may drop the diagnostics an action names.
    // The skeleton is a snippet (tab stops), so the server sends it as a command, which is never marked preferred.
    const forDiagnostic = fixes.filter(
      (a) => !a.diagnostics?.length || a.diagnostics.some((d) => codeOf(d) === 'missing-preventive-measures'),
    );
    const fix = forDiagnostic.find((a) => a.isPreferred) ?? forDiagnostic.find((a) => /preventive measures/i.test(a.title));
    assert.ok(fix, `no quick fix for missing-preventive-measures among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /Preventive measures/);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'the fix is a quick fix');

    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was applied');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(fix.edit || fix.command, 'the fix carries an edit or a command');

    await waitForDiagnostics(uri, (ds) => !hasCode('missing-preventive-measures')(ds), 'missing-preventive-measures to go after the fix');
    assert.match(document.getText(), /preventive measures/i, 'the skeleton is in the document');
  });

  it('"Disable blame for this line" writes the comment at the end of the line: the blame finding goes and every other stays', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'poa', content: lateShipmentWithoutPrevention });
    await vscode.window.showTextDocument(document);
    const { uri } = document;
    const before = await waitForDiagnostics(uri, hasCode('blame'), 'blame');
    const blame = before.find((d) => codeOf(d) === 'blame')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      blame.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    const disable = actions.find((a) => a.title === 'Disable blame for this line');
    assert.ok(disable?.edit, `no 'Disable blame for this line' among: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Disable blame for this file'), titles.join(' | '));
    assert.ok(await vscode.workspace.applyEdit(disable.edit), 'the edit was applied');
    // Right under its heading, a comment line of its own would come between them: it goes at the end of the line.
    assert.equal(document.lineAt(blame.range.start.line).text, 'The delay was caused by the carrier. <!-- poa-disable-line blame -->');
    const others = (ds: vscode.Diagnostic[]) => ds.map((d) => `${codeOf(d)} ${d.message}`).sort();
    await waitForDiagnostics(
      uri,
      (ds) => JSON.stringify(others(ds)) === JSON.stringify(others(before.filter((d) => d !== blame))),
      'every diagnostic but blame',
    );
  });
});
