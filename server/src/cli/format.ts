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

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export interface StylishOptions {
  color: boolean;
  /** The width messages wrap to. */
  columns: number;
  /** Findings --quiet left out: said in the summary, so "no problems" is never said of a plan with warnings. */
  hidden?: number;
}

/** Words of `text` in lines of at most `width` characters (a longer word has a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Human-readable, one block per file, as eslint's stylish formatter lays it
 * out, but with the rule id on the finding's first line and the message
 * wrapped to the terminal's width under itself, so that no word is cut.
 */
export function formatStylish(reports: FileReport[], options: StylishOptions): string {
  const { color, columns } = options;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const lines: string[] = [];
  const counts: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(paint('4', report.file));
    const width0 = Math.max(...report.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`.length));
    const width1 = Math.max(...report.findings.map((f) => f.severity.length));
    const width2 = Math.max(...report.findings.map((f) => f.ruleId.length));
    const indent = 2 + width0 + 2 + width1 + 2 + width2 + 2;
    // A narrow terminal still gets 40 columns of message: a little overflow reads better than one word a line.
    const messageWidth = Math.max(40, columns - indent);
    for (const f of report.findings) {
      counts[f.severity]++;
      const position = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const head =
        `  ${paint('90', position.padEnd(width0))}  ${paint(severityColor[f.severity], f.severity.padEnd(width1))}` +
        `  ${paint('90', f.ruleId.padEnd(width2))}  `;
      const [first = '', ...rest] = wrapWords(f.message, messageWidth);
      lines.push(`${head}${first}`.trimEnd());
      for (const line of rest) lines.push(`${' '.repeat(indent)}${line}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const hidden = options.hidden ? ` (${plural(options.hidden, 'warning or suggestion', 'warnings or suggestions')} hidden by --quiet)` : '';
  if (total === 0) {
    lines.push(paint('32', `✔ ${plural(reports.length, 'file')} checked, no ${options.hidden ? 'errors' : 'problems'}${hidden}`));
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info) parts.push(`${counts.info} info`);
    if (counts.hint) parts.push(plural(counts.hint, 'hint'));
    lines.push(
      paint(
        counts.error ? '31;1' : '33;1',
        `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(reports.length, 'file')}${hidden}`,
      ),
    );
  }
  return lines.join('\n');
}
