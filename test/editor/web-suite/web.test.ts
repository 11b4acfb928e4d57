import * as vscode from 'vscode';

// The browser has no node:assert: the three checks this suite needs.
function ok(value: unknown, message = 'expected a value'): asserts value {
  if (!value) throw new Error(message);
}
function equal(actual: unknown, expected: unknown, message = ''): void {
  if (actual !== expected) throw new Error(`${message} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function match(text: string, pattern: RegExp): void {
  if (!pattern.test(text)) throw new Error(`${JSON.stringify(text.slice(0, 300))} does not match ${String(pattern)}`);
}

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
      ok(extension, `${extensionId} is not installed`);
      await extension.activate();
    });

    it('lints a plan: diagnostics from the worker, with the rule docs link', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: plan });
      await vscode.window.showTextDocument(document);
      const diagnostics = await diagnosticsWhen(document.uri, (ds) => ds.some((d) => codeOf(d) === 'blame'), 'blame');
      ok(diagnostics.some((d) => codeOf(d) === 'missing-preventive-measures'));
      const blame = diagnostics.find((d) => codeOf(d) === 'blame')!;
      ok(typeof blame.code === 'object' && /\/dist\/rules\/blame\.md$/.test(blame.code.target.path), 'a link to the rule doc');
    });

    it('applies the SMART rewrite as a snippet and the disable fix as an edit', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: plan });
      const editor = await vscode.window.showTextDocument(document);
      const { uri } = document;
      const before = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'untimed-action'), 'untimed-action');
      const untimed = before.find((d) => codeOf(d) === 'untimed-action')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, untimed.range);
      const smart = actions.find((a) => a.title === 'Rewrite as a SMART action');
      ok(smart?.command, actions.map((a) => a.title).join(' | '));
      await vscode.commands.executeCommand(smart.command.command, ...(smart.command.arguments ?? []));
      equal(editor.document.lineAt(6).text, '- On [date] [who] [did what, how much]');

      const blame = (await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'blame'), 'blame')).find(
        (d) => codeOf(d) === 'blame',
      )!;
      const disable = (
        await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, blame.range)
      ).find((a) => a.title === 'Disable blame for this line');
      ok(disable?.edit);
      ok(await vscode.workspace.applyEdit(disable.edit));
      await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'blame'), 'blame to go');
      equal(document.lineAt(2).text, '<!-- poa-disable-next-line blame -->');
    });

    it("reads the workspace's .poarc.json (comments and all) through the editor's file system, which the worker has not", async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      ok(folder, 'the test workspace is open');
      const uri = vscode.Uri.joinPath(folder.uri, 'configured', 'plan.poa.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const codes = (ds: vscode.Diagnostic[]) => ds.map(codeOf);
      await diagnosticsWhen(
        uri,
        (ds) => codes(ds).includes('missing-preventive-measures') && !codes(ds).includes('blame'),
        'blame off, as configured/.poarc.json says',
      );
    });

    it('POA: Copy as plain text for Seller Central and POA: New Plan of Action work without a file system', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: plan });
      await vscode.window.showTextDocument(document);
      await diagnosticsWhen(document.uri, (ds) => ds.length > 0, 'the server to have the document');
      const exported = await vscode.commands.executeCommand<{ text: string; words: number }>('poa.copyAsPlainText');
      match(exported.text, /^Root cause:$/m);
      match(exported.text, /^• We retrained our packing staff\.$/m);

      await vscode.commands.executeCommand('poa.newPlan');
      const created = vscode.window.activeTextEditor!.document;
      equal(created.languageId, 'poa');
      match(created.getText(), /^Subject: Plan of Action/);
    });
  });
