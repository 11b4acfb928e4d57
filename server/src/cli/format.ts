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
    const rows = report.findings.map((f) => [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message.replace(/\s+/g, ' '), f.ruleId]);
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
    lines.push(paint(counts.error ? '31;1' : '33;1', `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(reports.length, 'file')}`));
  }
  return lines.join('\n');
}
