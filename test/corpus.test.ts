import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from './support/lint';
import { formatForPath } from '../server/src/engine/parse';
import type { Severity } from '../server/src/common/settings';
import { rules } from '../server/src/registry';

/**
 * Measured precision and recall of every rule on realistic plans. Each
 * test/corpus/<name>.poa.md|.poa.txt has a <name>.expected beside it:
 *   `<line> <rule-id>`  a finding of that rule whose lines include <line>
 *   `- <rule-id>`       a whole-document finding, on any line
 *   `# …`               a comment
 * Anything not listed must not be reported. Several findings of one rule on
 * one line count once. Warning and error rules must keep precision ≥ 0.9 and
 * recall ≥ 0.8; info rules are measured and shown only.
 */
/** POA_CORPUS points the measurement at another folder of annotated plans. */
const corpusRoot = process.env.POA_CORPUS ?? join(__dirname, 'corpus');
const planFile = /\.poa(?:\.md|\.txt)?$/;
const minPrecision = 0.9;
const minRecall = 0.8;

interface Expectation {
  ruleId: string;
  /** 1-based; undefined for a whole-document finding. */
  line?: number;
  /** Line of the .expected file, for messages. */
  source: number;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falseAlarms: string[];
}

function readExpectations(text: string, path: string): Expectation[] {
  const expectations: Expectation[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const match = /^(\d+|-)\s+([a-z]+(?:-[a-z]+)*)$/.exec(line);
    if (!match) throw new Error(`${path}:${index + 1}: expected '<line> <rule-id>' or '- <rule-id>', found '${raw}'`);
    if (!rules.some((rule) => rule.id === match[2])) throw new Error(`${path}:${index + 1}: unknown rule id '${match[2]}'`);
    expectations.push({ ruleId: match[2], line: match[1] === '-' ? undefined : Number(match[1]), source: index + 1 });
  });
  return expectations;
}

function listPlans(): string[] {
  if (!existsSync(corpusRoot)) return [];
  return readdirSync(corpusRoot)
    .filter((name) => planFile.test(name))
    .sort();
}

/** Matches one plan's findings against its expectations, rule by rule. */
function score(name: string, tallies: Map<string, Tally>): void {
  const path = join(corpusRoot, name);
  const expectedPath = path.replace(planFile, '.expected');
  assert.ok(existsSync(expectedPath), `${name} has a .expected file beside it`);
  const expectations = readExpectations(readFileSync(expectedPath, 'utf8'), expectedPath);
  const text = readFileSync(path, 'utf8');
  const findings = lint(text, { format: formatForPath(path) }).findings.map((f) => ({
    ruleId: f.ruleId,
    first: f.range.start.line + 1,
    last: f.range.end.line + 1 - (f.range.end.character === 0 && f.range.end.line > f.range.start.line ? 1 : 0),
    message: f.message,
  }));
  const tally = (ruleId: string) => {
    let t = tallies.get(ruleId);
    if (!t) tallies.set(ruleId, (t = { tp: 0, fp: 0, fn: 0, misses: [], falseAlarms: [] }));
    return t;
  };

  const seen = new Set<string>();
  for (const expectation of expectations) {
    const key = `${expectation.ruleId} ${expectation.line ?? '-'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { ruleId, line } = expectation;
    const hit = findings.some((f) => f.ruleId === ruleId && (line === undefined || (f.first <= line && line <= f.last)));
    if (hit) tally(ruleId).tp++;
    else {
      tally(ruleId).fn++;
      tally(ruleId).misses.push(`${name}:${line ?? '-'}`);
    }
  }

  const alarms = new Set<string>();
  for (const finding of findings) {
    const expected = expectations.some(
      (e) => e.ruleId === finding.ruleId && (e.line === undefined || (finding.first <= e.line && e.line <= finding.last)),
    );
    if (expected) continue;
    const key = `${finding.ruleId} ${finding.first}`;
    if (alarms.has(key)) continue;
    alarms.add(key);
    tally(finding.ruleId).fp++;
    tally(finding.ruleId).falseAlarms.push(`${name}:${finding.first} ${finding.message.slice(0, 80)}`);
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? undefined : part / whole);
const shown = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2));

function table(tallies: Map<string, Tally>): string {
  const rows = [['rule', 'severity', 'TP', 'FP', 'FN', 'precision', 'recall']];
  for (const rule of rules) {
    const t = tallies.get(rule.id) ?? { tp: 0, fp: 0, fn: 0 };
    rows.push([
      rule.id,
      rule.defaultSeverity,
      String(t.tp),
      String(t.fp),
      String(t.fn),
      shown(ratio(t.tp, t.tp + t.fp)),
      shown(ratio(t.tp, t.tp + t.fn)),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

const gated = (severity: Severity) => severity === 'warning' || severity === 'error';

describe('corpus of realistic plans', function () {
  this.timeout(60_000);
  const plans = listPlans();
  const tallies = new Map<string, Tally>();

  it('has at least 16 plans, each with a .expected file beside it', function () {
    assert.ok(plans.length >= 16, `test/corpus/ holds ${plans.length} plans`);
    for (const name of plans) assert.ok(existsSync(join(corpusRoot, name.replace(planFile, '.expected'))), `${name} has a .expected file`);
  });

  it('every warning and error rule keeps precision ≥ 0.9 and recall ≥ 0.8', function () {
    for (const name of plans) score(name, tallies);
    console.log(`\n${plans.length} plans\n${table(tallies)}\n`);
    const failures: string[] = [];
    for (const rule of rules) {
      if (!gated(rule.defaultSeverity)) continue;
      const t = tallies.get(rule.id);
      if (!t) continue;
      const precision = ratio(t.tp, t.tp + t.fp);
      const recall = ratio(t.tp, t.tp + t.fn);
      if ((precision !== undefined && precision < minPrecision) || (recall !== undefined && recall < minRecall)) {
        failures.push(
          `${rule.id}: precision ${shown(precision)}, recall ${shown(recall)}` +
            t.falseAlarms.map((a) => `\n    false alarm ${a}`).join('') +
            t.misses.map((m) => `\n    missed ${m}`).join(''),
        );
      }
    }
    assert.deepEqual(failures, []);
  });
});
