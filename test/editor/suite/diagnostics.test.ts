import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllWithoutSaving, codeOf, hasCode, screenshot, waitForDiagnostics, workspaceFile } from './helpers';

const range = (d: vscode.Diagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('Diagnostics in the editor', () => {
  before(async () => {
    await activateExtension();
  });
  after(closeAllWithoutSaving);

  it('flags blame and the missing preventive measures with exact ranges, and clears the latter once the section is written', async () => {
    const uri = workspaceFile('late-shipment.poa.md');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'poa');
    const editor = await vscode.window.showTextDocument(document);

    const diagnostics = await waitForDiagnostics(
      uri,
      (ds) => hasCode('blame')(ds) && hasCode('missing-preventive-measures')(ds),
      'blame and missing-preventive-measures',
    );
    const blame = diagnostics.find((d) => codeOf(d) === 'blame')!;
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-preventive-measures')!;

    assert.deepEqual(range(blame), [3, 0, 3, 36]);
    assert.equal(document.getText(blame.range), 'The delay was caused by the carrier.');
    assert.equal(blame.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(range(missing), [0, 0, 0, 32]);
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    for (const d of [blame, missing]) {
      assert.equal(d.source, 'poa');
      assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, `${codeOf(d)}: code links to the rule's docs`);
    }

    // The hover over the blame sentence, as a seller sees it.
    editor.selection = new vscode.Selection(blame.range.start.translate(0, 4), blame.range.start.translate(0, 4));
    editor.revealRange(blame.range);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('diagnostics-hover');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);

    const ok = await editor.edit((edit) => {
      edit.insert(
        new vscode.Position(document.lineCount, 0),
        '## Preventive measures\n- Every Monday at 9 AM our manager checks 20 orders.\n',
      );
    });
    assert.ok(ok, 'the edit was applied');
    const after = await waitForDiagnostics(
      uri,
      (ds) => !hasCode('missing-preventive-measures')(ds) && hasCode('blame')(ds),
      'missing-preventive-measures to go',
    );
    assert.deepEqual(range(after.find((d) => codeOf(d) === 'blame')!), [3, 0, 3, 36], 'blame stays where it was');
  });
});
