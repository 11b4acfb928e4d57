import { Diagnostic, DiagnosticSeverity, DiagnosticTag, TextEdit, type Range } from 'vscode-languageserver';
import type { Finding, LintResult } from '../engine/linter';
import type { LineIndex } from '../engine/text';
import type { Severity } from '../common/settings';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a rule's doc is, for the diagnostic's link: the host knows (a file beside the bundle, a URL in a browser). */
export type RuleDocUrl = (ruleId: string) => string;

export interface FixData {
  title: string;
  edits: TextEdit[];
  isSnippet?: boolean;
  preferred?: boolean;
  /** Select this range for the user to type over. */
  select?: Range;
}

/** What a diagnostic carries so code actions never recompute the analysis. */
export interface DiagnosticData {
  fixes: FixData[];
}

/** The diagnostics of an analysis: its findings, then its unused disable comments, faded as unnecessary code. */
export function toDiagnostics(result: LintResult, docUrl?: RuleDocUrl): Diagnostic[] {
  const unused = result.unusedDisables.map((finding) => ({
    ...toDiagnostic(finding, result.poa.lines, docUrl),
    tags: [DiagnosticTag.Unnecessary],
  }));
  return [...result.findings.map((finding) => toDiagnostic(finding, result.poa.lines, docUrl)), ...unused];
}

export function toDiagnostic(finding: Finding, lines: LineIndex, docUrl?: RuleDocUrl): Diagnostic {
  const data: DiagnosticData = {
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      isSnippet: fix.isSnippet,
      preferred: fix.preferred,
      ...(fix.select && { select: { start: lines.positionAt(fix.select.start), end: lines.positionAt(fix.select.end) } }),
      edits: fix.edits.map((edit) =>
        TextEdit.replace({ start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, edit.newText),
      ),
    })),
  };
  return {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.ruleId,
    ...(docUrl && { codeDescription: { href: docUrl(finding.ruleId) } }),
    source: 'poa',
    message: finding.message,
    data,
  };
}

/**
 * What an empty plan shows in the editor instead of three missing-section
 * errors: one friendly pointer to the template, until the seller types. The
 * command line still reports the errors: an empty file is not a plan.
 */
export const emptyPlanDiagnostic: Diagnostic = {
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  severity: DiagnosticSeverity.Information,
  source: 'poa',
  code: 'empty-plan',
  message: "Start from the SMART template: press Ctrl+Space, or run 'POA: Insert SMART POA template'.",
};
