import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllWithoutSaving, hasCode, poaDiagnostics, codeOf, waitForDiagnostics, workspaceFile } from './helpers';

describe('Commands in the editor', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllWithoutSaving);

  it('POA: Insert SMART POA template fills an empty plan, leaving only its placeholders flagged', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'poa', content: '' });
    await vscode.window.showTextDocument(document);
    const inserted = await vscode.commands.executeCommand('poa.insertTemplate');
    assert.equal(inserted, true);
    assert.match(document.getText(), /Root/);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ds.length > 0 && ds.every((d) => codeOf(d) === 'placeholder'),
      'only placeholder diagnostics',
    );
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('POA: New Plan of Action opens an untitled plan holding the template, only its placeholders flagged', async () => {
    const opened = await vscode.commands.executeCommand<string>('poa.newPlan');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document, 'an editor is open');
    assert.equal(document.uri.toString(), opened);
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'poa');
    assert.match(document.getText(), /^Subject: Plan of Action/);
    assert.match(document.getText(), /^## Preventive Measures$/m);
    await waitForDiagnostics(
      document.uri,
      (ds) => ds.length > 0 && ds.every((d) => codeOf(d) === 'placeholder'),
      'only placeholder diagnostics',
    );
  });

  it('POA: Copy as plain text puts the plan on the clipboard without Markdown', async () => {
    const uri = workspaceFile('late-shipment.poa.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasCode('blame'), 'the server to have the document');
    await vscode.env.clipboard.writeText('(clipboard before the copy)');
    const result = await vscode.commands.executeCommand<{ text: string; words: number } | undefined>('poa.copyAsPlainText');
    assert.ok(result, 'the command returned the export');
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, result.text);
    assert.match(clipboard, /^• On October 5, 2026 we refunded the 40 affected buyers\.$/m);
    assert.match(clipboard, /^Root cause:$/m);
    assert.doesNotMatch(clipboard, /^#/m);
  });

  it('POA: Copy a section for Seller Central copies the field picked, or the one a code lens names', async () => {
    const uri = workspaceFile('late-shipment.poa.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasCode('blame'), 'the server to have the document');
    const actions = await vscode.commands.executeCommand<{ text: string } | undefined>('poa.copySection', uri.toString(), 'actions');
    assert.equal(
      await vscode.env.clipboard.readText(),
      '• On October 5, 2026 we refunded the 40 affected buyers.\n• On October 6, 2026 we moved all orders to a second warehouse.',
    );
    assert.ok(actions);
    // Without arguments the command asks which field: accept the first, the root cause.
    await vscode.env.clipboard.writeText('(clipboard before the copy)');
    let done = false;
    const picked = vscode.commands
      .executeCommand<{ field: string } | undefined>('poa.copySection')
      .then((result) => ((done = true), result));
    for (let i = 0; i < 100 && !done; i++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal((await picked)?.field, 'root-cause');
    const clipboard = await vscode.env.clipboard.readText();
    assert.match(clipboard, /^The delay was caused by the carrier\.\nOn October 2, 2026 our team shipped 40 orders/);
    assert.doesNotMatch(clipboard, /Root cause|#/);
  });

  it('POA: Restart Server brings the diagnostics back', async () => {
    const uri = workspaceFile('late-shipment.poa.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasCode('blame'), 'diagnostics before the restart');
    let changedSinceRestart = false;
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) changedSinceRestart = true;
    });
    try {
      await vscode.commands.executeCommand('poa.restartServer');
      await waitForDiagnostics(
        uri,
        (ds) => changedSinceRestart && hasCode('blame')(ds) && hasCode('missing-preventive-measures')(ds),
        'diagnostics from the restarted server',
      );
    } finally {
      subscription.dispose();
    }
    assert.ok(poaDiagnostics(uri).length >= 2);
  });

  it('POA: Show rule documentation opens the bundled doc rendered, in a tab nobody can edit', async () => {
    const uri = workspaceFile('late-shipment.poa.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasCode('blame'), 'the server to be running');
    const markdown = await vscode.commands.executeCommand<string | undefined>('poa.showRuleDocumentation', 'blame');
    assert.match(markdown ?? '', /^# blame$/m);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'poa-rule', path: 'blame.md' }));
    assert.equal(doc.getText(), markdown, 'the virtual document holds the bundled doc');
    const deadline = Date.now() + 10_000;
    const isPreview = () =>
      vscode.window.tabGroups.all.some((group) =>
        group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType)),
      );
    while (!isPreview() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(isPreview(), 'a Markdown preview tab is open');
  });
});
