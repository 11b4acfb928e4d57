import type { PlanOfAction } from './model';
import type { PoaSettings, Severity } from '../common/settings';

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

export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
}

export interface RuleContext {
  poa: PlanOfAction;
  settings: PoaSettings;
}

export interface Rule {
  id: string;
  /** One line: what the rule flags. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  check(context: RuleContext): Iterable<RuleFinding>;
}
