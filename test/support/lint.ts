import { createLinter, type Linter, type LinterOptions, type LintOptions, type LintResult } from '../../server/src/engine/linter';
import type { Rule } from '../../server/src/engine/rule';
import { rules } from '../../server/src/registry';

/** A linter of its own for a test, with every rule unless it names others. */
export function newLinter(options: Partial<LinterOptions> = {}): Linter {
  return createLinter({ rules, ...options });
}

/** A cold analysis by a fresh linter: nothing another test linted can change it. */
export function lint(text: string, options: LintOptions & { rules?: readonly Rule[] } = {}): LintResult {
  const { rules: only, ...lintOptions } = options;
  return newLinter(only ? { rules: only } : {}).lint(text, lintOptions);
}
