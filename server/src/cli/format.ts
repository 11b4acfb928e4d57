import type { Finding } from '../engine/linter';

export interface FileReport {
  file: string;
  findings: Finding[];
}

/** SPEC §5's JSON: 1-based lines and columns, UTF-16 columns, endColumn one past the end. */
export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((report) => ({
      file: report.file,
      messages: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
      })),
    })),
    null,
    2,
  );
}

/** Escapes a workflow command's property value or message (GitHub's toolkit rules). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
const annotationLevel: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: each finding an annotation on its file and lines, in the pull request's diff. */
export function formatGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const { file, findings } of reports) {
    for (const f of findings) {
      const where = [
        `file=${escapeProperty(file)}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeProperty(`poa-lint (${f.ruleId})`)}`,
      ];
      lines.push(`::${annotationLevel[f.severity]} ${where.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human-readable, one block per file, as eslint's stylish formatter lays it out. */
export function formatStylish(reports: FileReport[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const lines: string[] = [];
  const counts: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(paint('4', report.file));
    const rows = report.findings.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      f.severity,
      f.message.replace(/\s+/g, ' '),
      f.ruleId,
    ]);
    const width0 = Math.max(...rows.map((r) => r[0].length));
    const width1 = Math.max(...rows.map((r) => r[1].length));
    for (const [position, severity, message, ruleId] of rows) {
      counts[severity]++;
      const where = `  ${paint('90', position.padEnd(width0))}  ${paint(severityColor[severity], severity.padEnd(width1))}`;
      lines.push(`${where}  ${message}  ${paint('90', ruleId)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) {
    lines.push(paint('32', `✔ ${plural(reports.length, 'file')} checked, no problems`));
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info + counts.hint) parts.push(`${counts.info + counts.hint} info`);
    lines.push(
      paint(counts.error ? '31;1' : '33;1', `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(reports.length, 'file')}`),
    );
  }
  return lines.join('\n');
}
