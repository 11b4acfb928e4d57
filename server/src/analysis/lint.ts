import { defaultSettings, type PoaSettings, type Severity } from '../common/settings';
import { rules as allRules } from '../rules';
import type { Fix, Rule } from '../rules/types';
import { DisableComments } from './disable';
import { layoutMarkdownSteps } from './markdown';
import type { DocumentFormat, PlanOfAction } from './model';
import { layoutSource, parsePlanOfAction } from './parse';
import type { Position } from './text';

export { clearAnalysisCaches } from './cache';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** 0-based lines, UTF-16 columns, as LSP counts them. */
  range: { start: Position; end: Position };
  fixes: Fix[];
}

export interface LintOptions {
  format?: DocumentFormat;
  settings?: PoaSettings;
  rules?: readonly Rule[];
}

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface LintResult {
  poa: PlanOfAction;
  findings: Finding[];
  /** Rules that threw: the other rules still report. */
  failures: RuleFailure[];
}

/** Text in, findings out: the one analysis the CLI, the server and the tests share. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const steps = lintSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis in steps: it pauses after each Markdown chunk it parses
 * and after each rule, so that the server can read newer edits in between
 * and drop a run that has gone stale.
 */
export function* lintSteps(text: string, options: LintOptions = {}): Generator<void, LintResult> {
  const settings = options.settings ?? defaultSettings;
  const layout = (options.format ?? 'markdown') === 'markdown' ? yield* layoutMarkdownSteps(layoutSource(text, 'markdown')) : undefined;
  const poa = parsePlanOfAction(text, { format: options.format, aliases: settings.sections.aliases, layout });
  yield;
  const disabled = new DisableComments(text, poa.lines);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? allRules) {
    const level = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    // A rule that throws keeps none of its findings: half of them would be as good as wrong.
    const ofRule: Finding[] = [];
    try {
      for (const found of rule.check({ poa, settings })) {
        const start = poa.lines.positionAt(found.start);
        if (disabled.isDisabled(rule.id, found.start, start.line)) continue;
        ofRule.push({
          ruleId: rule.id,
          severity: level,
          message: found.message,
          start: found.start,
          end: found.end,
          range: { start, end: poa.lines.positionAt(found.end) },
          // Fix-all applies every fix at once, with no analysis in between: none may change what the switches disable.
          fixes: (found.fixes ?? []).filter((fix) => !fix.edits.some((edit) => disabled.isChangedBy(edit))),
        });
      }
      findings.push(...ofRule);
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
    yield;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { poa, findings, failures };
}
