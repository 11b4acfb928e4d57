import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllWithoutSaving, until, workspaceFile } from './helpers';

/** .poarc.json in VS Code: JSON with comments, completed and checked by the schema the extension ships. */
describe('.poarc.json in the editor', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllWithoutSaving);

  it('opens as JSON with comments, completes rule ids and flags a level that is no level', async () => {
    const uri = workspaceFile('configured/.poarc.json');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'jsonc');
    const schemaProblems = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'poa');
    assert.deepEqual(
      schemaProblems().map((d) => d.message),
      [],
      'the comment and the trailing commas are fine',
    );

    // Inside "rules": { … }, after the opening brace.
    const inRules = document.positionAt(document.getText().indexOf('{ "blame"') + 1);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, inRules);
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label).replace(/"/g, ''));
    assert.ok(labels.includes('untimed-action') && labels.includes('disable-comment'), labels.join(', '));

    const off = document.getText().indexOf('"off"');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(off), document.positionAt(off + 5)), '"loud"'));
    await until(
      () => schemaProblems().some((d) => /off, hint, info, warning, error|Value is not accepted/i.test(d.message)),
      'a schema problem',
    );
  });
});
