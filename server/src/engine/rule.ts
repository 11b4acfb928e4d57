import type { PoaSettings, Severity } from '../common/settings';
import type { PlanOfAction, SectionKind } from './model';
import type { PhraseMatcher } from './phrases';
import type { PlanNotices } from './plan-notice';
import type { RemovalVerdicts } from './removal';
import type { TimeReader } from './time';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix travels with its finding; the editor builds code actions from it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edit's text is a snippet with tab stops: the client inserts it as one. */
  isSnippet?: boolean;
  /** Include the fix in "fix all" and source.fixAll. */
  preferred?: boolean;
  /** Select this span so the user types over it (a fix with no edits). */
  select?: { start: number; end: number };
}

/** What makes an action item checkable: a time, a number, and for a preventive check someone who runs it. */
export type ItemPart = 'when' | 'how-much' | 'who';

export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  /** The parts of an action item the finding's advice already asks for, so that no other message asks again. */
  asks?: readonly ItemPart[];
}

/** What the linter lends a rule for one analysis: the plan, the settings, and readers with their caches. */
export interface RuleContext {
  poa: PlanOfAction;
  settings: PoaSettings;
  time: TimeReader;
  /** What removing text would do to how the rest reads, remembered from one keystroke to the next. */
  removals: RemovalVerdicts;
  /** A matcher for a list of the user's phrases, built once per list by the linter. */
  phrases: (list: readonly string[]) => PhraseMatcher;
  /** What several rules read from the same plan, computed once per analysis: `shared(introductionSpans)`. */
  shared: <T>(read: (poa: PlanOfAction) => T) => T;
  /** Amazon's notice and rejection, the document's facts, the previous version and the files beside the plan. */
  notices: PlanNotices;
  /**
   * Whether a rule's finding at this offset would be shown: the rule is on and
   * no disable comment covers it. Rules that share one finding per item ask
   * this, so that turning one of them off hands the item to the next.
   */
  reports: (ruleId: string, offset: number) => boolean;
  /**
   * What a sentence rule finds in the plan, before its `inPlan` step and
   * without the findings it does not report (off, or disabled): computed once
   * per analysis, for the rule itself and for any rule that defers to it.
   */
  sentenceFindings: (rule: SentenceRule) => readonly RuleFinding[];
  /** The ids of the rules this linter runs (a disable comment may name only these). */
  ruleIds: readonly string[];
}

/** Settings a sentence's findings may depend on, by their key in the settings table. */
export type SentenceSettingKey = 'vocabulary.blame' | 'vocabulary.vague' | 'maxSentenceWords';

/** Where a sentence stands, for a rule that judges each sentence on its own. */
export interface SentenceScope {
  /** The kind of the section the sentence is in, when the rule declared `bySection`. */
  section?: SectionKind;
  settings: PoaSettings;
  phrases: RuleContext['phrases'];
}

/**
 * A rule that judges each sentence on its own text. It declares what else its
 * findings depend on; the engine keys its cache by exactly that, so a
 * sentence the seller did not touch is not read again.
 */
export interface SentenceCheck {
  /** The findings depend on the kind of section the sentence is in. */
  bySection?: boolean;
  /** The settings the findings read. */
  settings?: readonly SentenceSettingKey[];
  /** Findings at offsets within `text`, the sentence's masked text. */
  check(text: string, scope: SentenceScope): RuleFinding[];
  /**
   * What becomes of the sentences' findings in this plan: merged, dropped
   * where another rule owns the item, or told what else the item lacks. Not
   * cached: it runs on every analysis, over findings that are.
   */
  inPlan?(findings: readonly RuleFinding[], context: RuleContext): Iterable<RuleFinding>;
}

interface RuleMetadata {
  id: string;
  /** One line: what the rule flags. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
}

/** A rule reads the whole plan (`check`) or one sentence at a time (`sentences`). */
export type Rule = RuleMetadata &
  ({ check(context: RuleContext): Iterable<RuleFinding>; sentences?: never } | { sentences: SentenceCheck; check?: never });

/** A rule that judges each sentence on its own. */
export type SentenceRule = Rule & { sentences: SentenceCheck };
