import { defaultSettings, type PoaSettings, type Severity } from '../common/settings';
import { DisableComments } from './disable';
import { disableCommentRuleId, unusedDisableFindings } from './unused-disables';
import { ChunkCache, layoutMarkdownDocument, layoutMarkdownSteps } from './markdown';
import type { DocumentFormat, PlanOfAction } from './model';
import { layoutSource, parsePlanOfAction } from './parse';
import { PhraseMatcher } from './phrases';
import type { Fix, Rule, RuleContext, RuleFinding, SentenceCheck, SentenceRule, SentenceSettingKey } from './rule';
import { RemovalVerdicts } from './removal';
import { SentenceCache } from './sentence-cache';
import { NoticeCache, readPlanNotices, type NoticeSources, type PlanNotices } from './plan-notice';
import type { Position } from './text';
import { TimeReader } from './time';

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
  /** The plan's name, a notice given apart from it and the files beside it, where the host has them. */
  sources?: NoticeSources;
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
  /** The plan's notice as the rules read it (the editor's code lens and hover show it). */
  notices: PlanNotices;
  /** Disable comments that disabled nothing (hints, rule disable-comment): the editor fades them, the CLI lists them on request. */
  unusedDisables: Finding[];
}

export interface LinterOptions {
  rules: readonly Rule[];
  /** The language of the word lists; only English ships. */
  locale?: 'en';
  /** Lay Markdown out chunk by chunk, reusing unchanged chunks (the default), or parse it whole (the reference tests compare with). */
  chunkedMarkdown?: boolean;
}

export interface Linter {
  readonly rules: readonly Rule[];
  /** Text in, findings out: the one analysis the CLI, the server and the tests share. */
  lint(text: string, options?: LintOptions): LintResult;
  /**
   * The same analysis in steps: it pauses after each Markdown chunk it parses
   * and after each rule, so that the server can read newer edits in between
   * and drop a run that has gone stale.
   */
  lintSteps(text: string, options?: LintOptions): Generator<void, LintResult>;
  /** How many times a notice or rejection was read rather than taken from the cache (a test counts them). */
  noticeReads(): number;
  /** Empties the caches: the next analysis runs cold. */
  clearCaches(): void;
  /** Drops the caches for good. */
  dispose(): void;
}

/**
 * A linter owns every cache its analyses reuse (Markdown chunks, sentences'
 * findings, time expressions): two linters never share a result, and a
 * disposed one holds nothing. The CLI makes one per run, the server one per
 * process, a test one of its own.
 */
export function createLinter(options: LinterOptions): Linter {
  const rules = options.rules;
  /** The rules by id, for `reports()`, which the rules that share an item ask once per item and part. */
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  const ruleIds = rules.map((rule) => rule.id);
  const chunks = new ChunkCache();
  const sentences = new SentenceCache();
  const time = new TimeReader();
  const removals = new RemovalVerdicts();
  const notices = new NoticeCache();
  const scopes = new ScopeNames();
  /** A matcher per list of phrases, kept while the same list is in force. */
  const matchers = new WeakMap<readonly string[], PhraseMatcher>();
  const phrases = (list: readonly string[]) => {
    let matcher = matchers.get(list);
    if (!matcher) matchers.set(list, (matcher = new PhraseMatcher(list)));
    return matcher;
  };

  function* lintSteps(text: string, lintOptions: LintOptions = {}): Generator<void, LintResult> {
    const settings = lintOptions.settings ?? defaultSettings;
    const format = lintOptions.format ?? 'markdown';
    let layout;
    if (format === 'markdown') {
      const source = layoutSource(text, 'markdown');
      layout = options.chunkedMarkdown === false ? layoutMarkdownDocument(source) : yield* layoutMarkdownSteps(source, chunks);
    }
    const poa = parsePlanOfAction(text, { format, aliases: settings.sections.aliases, layout });
    yield;
    const readings = new Map<(poa: PlanOfAction) => unknown, unknown>();
    const shared = <T>(read: (plan: PlanOfAction) => T): T => {
      if (!readings.has(read)) readings.set(read, read(poa));
      return readings.get(read) as T;
    };
    const planNotices = readPlanNotices(poa, lintOptions.sources ?? {}, notices, (previous, previousFormat) =>
      parsePlanOfAction(previous, { format: previousFormat, aliases: settings.sections.aliases }),
    );
    const disabled = new DisableComments(text, poa.lines);
    const levelOf = (rule: Rule) => settings.rules[rule.id] ?? rule.defaultSeverity;
    const reports = (ruleId: string, offset: number) => {
      const rule = ruleById.get(ruleId);
      return rule !== undefined && levelOf(rule) !== 'off' && !disabled.isDisabled(ruleId, offset, poa.lines.positionAt(offset).line);
    };
    const ofSentences = new Map<string, readonly RuleFinding[]>();
    const sentenceFindingsOf = (rule: SentenceRule): readonly RuleFinding[] => {
      let found = ofSentences.get(rule.id);
      if (!found) {
        found =
          levelOf(rule) === 'off'
            ? []
            : [...sentenceFindings(rule.id, rule.sentences, poa, settings)].filter((f) => reports(rule.id, f.start));
        ofSentences.set(rule.id, found);
      }
      return found;
    };
    const context: RuleContext = {
      poa,
      settings,
      time,
      phrases,
      removals,
      shared,
      reports,
      sentenceFindings: sentenceFindingsOf,
      notices: planNotices,
      ruleIds,
    };
    const findings: Finding[] = [];
    const failures: RuleFailure[] = [];
    for (const rule of rules) {
      const level = levelOf(rule);
      if (level === 'off') continue;
      // A rule that throws keeps none of its findings: half of them would be as good as wrong.
      const ofRule: Finding[] = [];
      try {
        const found = rule.sentences ? inPlan(rule, context) : rule.check(context);
        for (const finding of found) {
          const start = poa.lines.positionAt(finding.start);
          if (disabled.isDisabled(rule.id, finding.start, start.line)) continue;
          ofRule.push({
            ruleId: rule.id,
            severity: level,
            message: finding.message,
            start: finding.start,
            end: finding.end,
            range: { start, end: poa.lines.positionAt(finding.end) },
            // Fix-all applies every fix at once, with no analysis in between: none may change what the switches disable.
            fixes: (finding.fixes ?? []).filter((fix) => !fix.edits.some((edit) => disabled.isChangedBy(edit))),
          });
        }
        findings.push(...ofRule);
      } catch (error) {
        failures.push({ ruleId: rule.id, error });
      }
      yield;
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    const reportsUnused = rules.some((rule) => rule.id === disableCommentRuleId) && settings.rules[disableCommentRuleId] !== 'off';
    const unusedDisables = reportsUnused ? unusedDisableFindings(disabled, ruleIds, poa) : [];
    return { poa, findings, failures, notices: planNotices, unusedDisables };
  }

  /** A sentence rule's findings in the plan: the cached ones, through the rule's `inPlan` step if it has one. */
  function inPlan(rule: SentenceRule, context: RuleContext): Iterable<RuleFinding> {
    const found = context.sentenceFindings(rule);
    return rule.sentences.inPlan ? rule.sentences.inPlan(found, context) : found;
  }

  /** A sentence rule's findings, each sentence's read from the cache under the scope the rule declared. */
  function* sentenceFindings(ruleId: string, declared: SentenceCheck, poa: PlanOfAction, settings: PoaSettings): Iterable<RuleFinding> {
    const settingsName = scopes.nameOf(declared.settings?.map((key) => settingValue(settings, key)) ?? []);
    for (const sentence of poa.sentences) {
      const section = declared.bySection ? sentence.section?.kind : undefined;
      const scope = `${ruleId}\u0000${section ?? ''}\u0000${settingsName}`;
      yield* sentences.findings(scope, sentence, (text) => declared.check(text, { section, settings, phrases }));
    }
  }

  const clearCaches = () => {
    chunks.clear();
    sentences.clear();
    time.clear();
    removals.clear();
    notices.clear();
  };

  return {
    rules,
    lint(text, lintOptions) {
      const steps = lintSteps(text, lintOptions);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    },
    lintSteps,
    noticeReads: () => notices.reads,
    clearCaches,
    dispose: clearCaches,
  };
}

function settingValue(settings: PoaSettings, key: SentenceSettingKey): unknown {
  switch (key) {
    case 'vocabulary.blame':
      return settings.vocabulary.blame;
    case 'vocabulary.vague':
      return settings.vocabulary.vague;
    case 'maxSentenceWords':
      return settings.maxSentenceWords;
  }
}

/** Short names for the values of declared settings (a vocabulary may be 10,000 phrases), to key cached findings with. */
class ScopeNames {
  private readonly names = new Map<string, string>();
  private next = 1;

  nameOf(values: readonly unknown[]): string {
    if (values.every((value) => Array.isArray(value) && value.length === 0)) return '';
    const joined = JSON.stringify(values);
    let name = this.names.get(joined);
    if (name === undefined) {
      // Never reuse a name for other values: clear the table, but keep counting.
      if (this.names.size > 100) this.names.clear();
      name = `s${this.next++}`;
      this.names.set(joined, name);
    }
    return name;
  }
}
