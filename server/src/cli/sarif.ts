import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../common/settings';
import { ruleDocs, rules, ruleSummary } from '../registry';
import { ruleDocUrl } from '../rule-doc-files';
import type { FileReport } from './format';

declare const POA_LINT_HOMEPAGE: string | undefined;

/** SARIF has three levels for a finding; info and hint are both notes. */
const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  version: string;
  /** Paths are given relative to this folder, the run's %SRCROOT%. */
  cwd: string;
}

/** A file's URI relative to the run's root; a file outside it keeps its absolute file: URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = relative(cwd, resolve(cwd, file));
  if (path.startsWith('..') || isAbsolute(path)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/**
 * SARIF 2.1.0, one run: every rule with its doc as help, each finding a result
 * at 1-based lines and columns in UTF-16 code units (SARIF's default column kind).
 */
export function formatSarif(reports: FileReport[], { version, cwd }: SarifOptions): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'poa-lint',
            version,
            informationUri: typeof POA_LINT_HOMEPAGE === 'string' ? POA_LINT_HOMEPAGE : 'https://example.invalid/poa-lint',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: ruleSummary(ruleDocs[rule.id]) },
              // Code scanning shows the whole doc, its Bad and Good examples, beside an alert.
              help: { text: ruleSummary(ruleDocs[rule.id]), markdown: ruleDocs[rule.id] },
              helpUri: ruleDocUrl(rule.id),
              defaultConfiguration: { level: sarifLevel[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap(({ file, findings }) =>
          findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...(ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) }),
            level: sarifLevel[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(file, cwd),
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
