import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'poa-lint.poa-lint';
const plan = [
  '## Root cause',
  '',
  'The delay was caused by the carrier.',
  '',
  '## Actions taken',
  '',
  '- We retrained our packing staff.',
  '',
].join('\n');

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

/** The document's POA diagnostics once `accept` holds for them, waiting on the change event. */
function diagnosticsWhen(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'poa');
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`${what}: not within 20 s; last: ${current().map(codeOf).join(', ') || '(none)'}`));
    }, 20_000);
    const check = () => {
      if (!accept(current())) return false;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics(() => void check());
    check();
  });
}

/** What a seller gets in vscode.dev: the web extension, its server in a web worker. Declared once mocha is set up. */
export const webTests = () =>
  describe('POA Lint in the browser (web extension host)', () => {
    before(async () => {
      const extension = vscode.extensions.getExtension(extensionId);
      assert.ok(extension, `${extensionId} is not installed`);
      await extension.activate();
    });

    it('lints a plan: diagnostics from the worker, with the rule docs link', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: plan });
      await vscode.window.showTextDocument(document);
      const diagnostics = await diagnosticsWhen(document.uri, (ds) => ds.some((d) => codeOf(d) === 'blame'), 'blame');
      assert.ok(diagnostics.some((d) => codeOf(d) === 'missing-preventive-measures'));
      const blame = diagnostics.find((d) => codeOf(d) === 'blame')!;
      assert.ok(typeof blame.code === 'object' && /\/dist\/rules\/blame\.md$/.test(blame.code.target.path), 'a link to the rule doc');
    });

    it('applies the SMART rewrite as a snippet, and the disable fix and the missing section as edits', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: plan });
      const editor = await vscode.window.showTextDocument(document);
      const { uri } = document;
      const before = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'untimed-action'), 'untimed-action');
      const untimed = before.find((d) => codeOf(d) === 'untimed-action')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, untimed.range);
      const smart = actions.find((a) => a.title === 'Rewrite as a SMART action');
      assert.ok(smart?.command, actions.map((a) => a.title).join(' | '));
      await vscode.commands.executeCommand(smart.command.command, ...(smart.command.arguments ?? []));
      assert.equal(editor.document.lineAt(6).text, '- On [date] [who] [did what, how much]');

      const blame = (await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'blame'), 'blame')).find(
        (d) => codeOf(d) === 'blame',
      )!;
      const disable = (
        await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, blame.range)
      ).find((a) => a.title === 'Disable blame for this line');
      assert.ok(disable?.edit);
      assert.ok(await vscode.workspace.applyEdit(disable.edit));
      await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'blame'), 'blame to go');
      assert.equal(document.lineAt(2).text, '<!-- poa-disable-next-line blame -->');
    });

    it('POA: Copy as plain text for Seller Central and POA: New Plan of Action work without a file system', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: plan });
      await vscode.window.showTextDocument(document);
      await diagnosticsWhen(document.uri, (ds) => ds.length > 0, 'the server to have the document');
      const exported = await vscode.commands.executeCommand<{ text: string; words: number }>('poa.copyAsPlainText');
      assert.match(exported.text, /^Root cause:$/m);
      assert.match(exported.text, /^• We retrained our packing staff\.$/m);

      await vscode.commands.executeCommand('poa.newPlan');
      const created = vscode.window.activeTextEditor!.document;
      assert.equal(created.languageId, 'poa');
      assert.match(created.getText(), /^Subject: Plan of Action/);
    });
  });
