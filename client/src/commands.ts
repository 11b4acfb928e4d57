import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Range as LspRange } from 'vscode-languageserver-protocol';
import {
  commands,
  exportPlainTextRequest,
  previousVersionRequest,
  formFieldsRequest,
  ruleDocumentationRequest,
  ruleListRequest,
  templateSnippetPrefix,
  type ExportPlainTextResult,
  type FormFieldText,
} from '../../server/src/common/protocol';
import type { FormField } from '../../server/src/common/settings';

const asRange = (range: LspRange) => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);

async function editorFor(uri: string): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (visible) return vscode.window.showTextDocument(visible.document, visible.viewColumn);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
}

/** The template's body from the extension's own snippet file, so the command and the snippet never differ. */
function readTemplate(context: vscode.ExtensionContext): Promise<string | undefined> {
  // Beside the extension, on disk or (in a browser) on the web.
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'poa.code-snippets');
  return Promise.resolve(vscode.workspace.fs.readFile(file)).then(
    (bytes) => {
      const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<
        string,
        { prefix?: string | string[]; body?: string | string[] }
      >;
      const entry = Object.values(snippets).find((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(templateSnippetPrefix));
      return entry?.body === undefined ? undefined : Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
    },
    () => undefined,
  );
}

/** Each field as Seller Central's form asks it. */
const fieldTitles: Record<FormField, string> = {
  'root-cause': 'Root cause',
  actions: 'Actions taken',
  prevention: 'Preventive measures',
  additional: 'Additional information',
};

const count = (n: number) => n.toLocaleString('en-US');
const characters = (field: FormFieldText) =>
  `${count(field.characters)}${field.budget === undefined ? '' : ` / ${count(field.budget)}`} characters, ${count(field.words)} words`;

/** Rule docs as read-only virtual documents (`poa-rule:<id>.md`), filled from the server's bundled docs. */
const ruleDocScheme = 'poa-rule';

/** The commands behind code actions, the template, the export and the rule docs. */
export function registerCommands(context: vscode.ExtensionContext, client: () => Promise<BaseLanguageClient>): vscode.Disposable[] {
  const docs = new Map<string, string>();
  return [
    vscode.workspace.registerTextDocumentContentProvider(ruleDocScheme, {
      provideTextDocumentContent: (uri) => docs.get(uri.path.replace(/\.md$/, '')),
    }),
    vscode.commands.registerCommand(commands.showRuleDocumentation, async (ruleId?: string): Promise<string | undefined> => {
      const running = await client();
      if (typeof ruleId !== 'string') {
        const rules = await running.sendRequest(ruleListRequest);
        const picked = await vscode.window.showQuickPick(
          rules.map((rule) => ({ label: rule.id, detail: rule.description })),
          { placeHolder: 'Which rule?' },
        );
        ruleId = picked?.label;
        if (!ruleId) return undefined;
      }
      const result = await running.sendRequest(ruleDocumentationRequest, { ruleId });
      if (!result) {
        void vscode.window.showInformationMessage(`POA Lint has no rule named ${ruleId}.`);
        return undefined;
      }
      docs.set(ruleId, result.markdown);
      // Rendered and read-only: Markdown's preview of a virtual document nobody can edit or save.
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from({ scheme: ruleDocScheme, path: `${ruleId}.md` }));
      return result.markdown;
    }),
    // A code action's workspace edit cannot hold tab stops, so snippet fixes arrive as this command.
    vscode.commands.registerCommand(commands.applySnippetFix, async (uri: string, range: LspRange, snippet: string) => {
      const editor = await editorFor(uri);
      return editor.insertSnippet(new vscode.SnippetString(snippet), asRange(range));
    }),
    vscode.commands.registerCommand(commands.selectRange, async (uri: string, range: LspRange) => {
      const editor = await editorFor(uri);
      const target = asRange(range);
      editor.selection = new vscode.Selection(target.start, target.end);
      editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(commands.newPlan, async (): Promise<string> => {
      const document = await vscode.workspace.openTextDocument({ language: 'poa', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      const body = await readTemplate(context);
      if (body !== undefined) await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
      return document.uri.toString();
    }),
    vscode.commands.registerCommand(commands.insertTemplate, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'poa') {
        void vscode.window.showInformationMessage('Open a Plan of Action (.poa.md, .poa.txt) to insert the template.');
        return false;
      }
      const body = await readTemplate(context);
      if (body === undefined) {
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'poa', name: 'SMART POA template' });
        return true;
      }
      const { document } = editor;
      const blank = document.getText().trim() === '';
      const where = blank ? new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)) : editor.selection;
      return editor.insertSnippet(new vscode.SnippetString(body), where);
    }),
    vscode.commands.registerCommand(commands.compareWithPrevious, async (): Promise<boolean> => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'poa') {
        void vscode.window.showInformationMessage('Open a Plan of Action (.poa.md, .poa.txt) to compare it with its previous version.');
        return false;
      }
      const running = await client();
      const previous = await running.sendRequest(previousVersionRequest, { uri: document.uri.toString() });
      if (!previous) {
        void vscode.window.showInformationMessage(
          "Name the version Amazon rejected in the plan's front matter (previous: v1.poa.md), " +
            'or in plain text <!-- poa previous: v1.poa.txt -->.',
        );
        return false;
      }
      const title = `${previous.path} (rejected) ↔ ${vscode.workspace.asRelativePath(document.uri)}`;
      await vscode.commands.executeCommand('vscode.diff', vscode.Uri.parse(previous.uri), document.uri, title);
      return true;
    }),
    // One field of the form at a time: a picker of the fields the plan fills, or the field a code lens names.
    vscode.commands.registerCommand(commands.copySection, async (uri?: string, field?: FormField): Promise<FormFieldText | undefined> => {
      const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'poa') {
        void vscode.window.showInformationMessage('Open a Plan of Action (.poa.md, .poa.txt) to copy a section of it.');
        return undefined;
      }
      const running = await client();
      const fields = await running.sendRequest(formFieldsRequest, { uri: document.uri.toString() });
      if (!fields) {
        void vscode.window.showErrorMessage('POA Lint could not read this document; try again in a moment.');
        return undefined;
      }
      let chosen = field === undefined ? undefined : fields.find((f) => f.field === field);
      if (field === undefined) {
        if (fields.length === 0) {
          void vscode.window.showInformationMessage('This plan has no sections to copy yet.');
          return undefined;
        }
        const picked = await vscode.window.showQuickPick(
          fields.map((f) => ({ label: fieldTitles[f.field], description: characters(f), detail: f.text.split('\n')[0], text: f })),
          { placeHolder: "Which field of Seller Central's form?" },
        );
        chosen = picked?.text;
        if (!chosen) return undefined;
      } else if (!chosen) {
        void vscode.window.showInformationMessage(`This plan has nothing for the ${fieldTitles[field].toLowerCase()} field.`);
        return undefined;
      }
      await vscode.env.clipboard.writeText(chosen.text.replace(/\n$/, ''));
      const over =
        chosen.budget !== undefined && chosen.characters > chosen.budget ? `, ${count(chosen.characters - chosen.budget)} over budget` : '';
      void vscode.window.showInformationMessage(
        `Copied ${fieldTitles[chosen.field].toLowerCase()} for Seller Central: ${characters(chosen)}${over}.`,
      );
      return chosen;
    }),
    vscode.commands.registerCommand(commands.copyAsPlainText, async (target?: vscode.Uri): Promise<ExportPlainTextResult | undefined> => {
      const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'poa') {
        void vscode.window.showInformationMessage('Open a Plan of Action (.poa.md, .poa.txt) to copy it as plain text.');
        return undefined;
      }
      const running = await client();
      const result = await running.sendRequest(exportPlainTextRequest, { uri: document.uri.toString() });
      if (!result) {
        void vscode.window.showErrorMessage('POA Lint could not read this document; try again in a moment.');
        return undefined;
      }
      await vscode.env.clipboard.writeText(result.text);
      void vscode.window.showInformationMessage(
        `Copied as plain text for Seller Central: ${result.words} ${result.words === 1 ? 'word' : 'words'}.`,
      );
      return result;
    }),
  ];
}
