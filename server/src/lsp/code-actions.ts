import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { commands, type ApplySnippetFixArgs, type SelectRangeArgs } from '../common/protocol';
import { suppressionEdit, type SuppressionScope } from '../engine/disable';
import { LineIndex } from '../engine/text';
import { disableCommentRuleId } from '../engine/unused-disables';
import type { DiagnosticData, FixData } from './diagnostics';
import { snippetToText } from './snippet-text';

/**
 * Code actions, built only from the fixes that travel in the diagnostics'
 * data: the analysis never runs again here.
 */

export const fixAllKind = `${CodeActionKind.SourceFixAll}.poa`;
export const providedKinds = [CodeActionKind.QuickFix, fixAllKind];

export interface CodeActionRequest {
  uri: string;
  /** The document version the diagnostics were computed for. */
  version: number;
  /** The diagnostics the editor sent with the request (those under the cursor). */
  diagnostics: Diagnostic[];
  /** Every diagnostic of the document, for "fix all". */
  allDiagnostics: Diagnostic[];
  only?: string[];
  /** The client takes versioned document changes, which it refuses to apply to a changed document. */
  documentChanges: boolean;
  /** The document holds nothing but white space: offer the whole template. */
  isEmpty: boolean;
  /**
   * The client-side commands the client announced it runs (the VS Code
   * client's snippet and selection commands); any other client gets plain
   * workspace edits, a snippet's tab stops left as `[placeholders]`.
   */
  clientCommands?: readonly string[];
  /** The document's text, for the fixes that disable a rule by a comment; without it none are offered. */
  text?: string;
  /** The SMART POA template as a snippet, for a client that cannot run the template command. */
  template?: string;
}

function fixesOf(diagnostic: Diagnostic): FixData[] {
  if (diagnostic.source !== 'poa') return [];
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Two edits clash when they overlap, or one inserts strictly inside the other's range. */
function clash(a: Range, b: Range): boolean {
  const aEmpty = comparePositions(a.start, a.end) === 0;
  const bEmpty = comparePositions(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return comparePositions(b.start, a.start) < 0 && comparePositions(a.start, b.end) < 0;
  if (bEmpty) return comparePositions(a.start, b.start) < 0 && comparePositions(b.start, a.end) < 0;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** Preferred text fixes that can be applied together, each whole or not at all, in document order. */
export function compatibleEdits(fixes: FixData[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    if (!fix.preferred || fix.isSnippet || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => accepted.some((other) => clash(edit.range, other.range)))) continue;
    accepted.push(...fix.edits);
  }
  // Stable: insertions at one point keep the order of their diagnostics (root cause before actions). An insertion goes
  // before a change that starts where it is: the other order overlaps, and clients refuse it ("Overlapping edit").
  const inserts = (edit: TextEdit) => (comparePositions(edit.range.start, edit.range.end) === 0 ? 0 : 1);
  return accepted
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => comparePositions(a.edit.range.start, b.edit.range.start) || inserts(a.edit) - inserts(b.edit) || a.index - b.index)
    .map((e) => e.edit);
}

function workspaceEdit(request: CodeActionRequest, edits: TextEdit[]): WorkspaceEdit {
  if (request.documentChanges) return { documentChanges: [{ textDocument: { uri: request.uri, version: request.version }, edits }] };
  return { changes: { [request.uri]: edits } };
}

const runs = (request: CodeActionRequest, command: string) => request.clientCommands?.includes(command) === true;

function fixAction(request: CodeActionRequest, diagnostic: Diagnostic, fix: FixData): CodeAction | undefined {
  const base = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (fix.select) {
    // Selecting text needs the client's help; another client has the diagnostic's range to go to.
    if (!runs(request, commands.selectRange)) return undefined;
    const args: SelectRangeArgs = [request.uri, fix.select];
    return { ...base, command: { title: fix.title, command: commands.selectRange, arguments: args } };
  }
  if (fix.isSnippet) {
    if (fix.edits.length !== 1) return undefined;
    if (!runs(request, commands.applySnippetFix)) {
      const edits = fix.edits.map((edit) => ({ range: edit.range, newText: snippetToText(edit.newText) }));
      return { ...base, edit: workspaceEdit(request, edits) };
    }
    // A workspace edit cannot carry tab stops: the client inserts the snippet.
    const args: ApplySnippetFixArgs = [request.uri, fix.edits[0].range, fix.edits[0].newText];
    return { ...base, command: { title: fix.title, command: commands.applySnippetFix, arguments: args } };
  }
  if (fix.edits.length === 0) return undefined;
  return { ...base, edit: workspaceEdit(request, fix.edits), ...(fix.preferred && { isPreferred: true }) };
}

const templateTitle = 'Insert SMART POA template';

function templateAction(request: CodeActionRequest, diagnostics: Diagnostic[]): CodeAction | undefined {
  const base = { title: templateTitle, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true };
  if (runs(request, commands.insertTemplate)) return { ...base, command: { title: templateTitle, command: commands.insertTemplate } };
  if (request.template === undefined || request.text === undefined) return undefined;
  const lines = new LineIndex(request.text);
  const whole = { start: lines.positionAt(0), end: lines.positionAt(request.text.length) };
  return { ...base, edit: workspaceEdit(request, [{ range: whole, newText: snippetToText(request.template) }]) };
}

function suppressionAction(request: CodeActionRequest, diagnostic: Diagnostic, scope: SuppressionScope): CodeAction | undefined {
  const ruleId = String(diagnostic.code);
  if (request.text === undefined || ruleId === disableCommentRuleId) return undefined;
  const lines = new LineIndex(request.text);
  const edit = suppressionEdit(request.text, lines, ruleId, diagnostic.range.start.line, scope);
  if (!edit) return undefined;
  const range = { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) };
  return {
    title: `Disable ${ruleId} for this ${scope}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(request, [{ range, newText: edit.newText }]),
  };
}

const sameRange = (a: Range, b: Range) => comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, request.only)) {
    // The editor may still hold diagnostics of an older version while the new ones are on their way:
    // their fixes would land in the wrong place, so only those the current analysis also has are used.
    const current = (d: Diagnostic) =>
      request.allDiagnostics.find((a) => a.code === d.code && a.message === d.message && sameRange(a.range, d.range));
    const poaDiagnostics = request.diagnostics.filter((d) => d.source === 'poa' && current(d));
    if (request.isEmpty && poaDiagnostics.length > 0) {
      const action = templateAction(request, poaDiagnostics);
      if (action) actions.push(action);
    }
    // A menu never offers one title twice: where two findings under the cursor offer the same fix, the first keeps it.
    const titles = new Set(actions.map((action) => action.title));
    for (const diagnostic of poaDiagnostics) {
      for (const fix of fixesOf(current(diagnostic)!)) {
        const action = fixAction(request, diagnostic, fix);
        if (!action || titles.has(action.title)) continue;
        titles.add(action.title);
        actions.push(action);
      }
    }
    // Last, as markdownlint orders them: keep the finding, silence the rule here.
    for (const diagnostic of poaDiagnostics) {
      for (const scope of ['line', 'file'] as const) {
        const action = suppressionAction(request, diagnostic, scope);
        if (action && !actions.some((a) => a.title === action.title)) actions.push(action);
      }
    }
    // "Fix all" for a rule under the cursor that has more than one automatic fix in the document.
    const rulesHere = new Set(poaDiagnostics.map((d) => String(d.code)));
    for (const rule of rulesHere) {
      const ofRule = request.allDiagnostics.filter(
        (d) => String(d.code) === rule && fixesOf(d).some((f) => f.preferred && !f.isSnippet && f.edits.length > 0),
      );
      if (ofRule.length < 2) continue;
      const edits = compatibleEdits(ofRule.flatMap(fixesOf));
      actions.push({
        title: `Fix all ${rule} problems`,
        kind: CodeActionKind.QuickFix,
        diagnostics: ofRule,
        edit: workspaceEdit(request, edits),
      });
    }
  }
  if (request.only && wanted(fixAllKind, request.only)) {
    const edits = compatibleEdits(request.allDiagnostics.flatMap(fixesOf));
    if (edits.length > 0)
      actions.push({ title: 'Fix all automatically fixable POA problems', kind: fixAllKind, edit: workspaceEdit(request, edits) });
  }
  return actions;
}
