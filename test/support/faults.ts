import { PhraseMatcher } from '../../server/src/engine/phrases';
import type { Rule, RuleContext, RuleFinding } from '../../server/src/engine/rule';

/** The error an injected fault throws. */
export class InjectedFault extends Error {
  constructor(ruleId: string) {
    super(`injected fault in rule ${ruleId}`);
    this.name = 'InjectedFault';
  }
}

/**
 * Rules that fail on purpose, for tests: each named rule reports its first
 * finding and then throws, so a test can check that a failing rule is logged
 * once, keeps no half of its findings, and never silences the other rules or
 * the server. The product has no such hook: a test builds a server with these
 * rules passed in (test/support/faulty-server.ts).
 */
export function withInjectedFaults(rules: readonly Rule[], ids: readonly string[]): readonly Rule[] {
  const faulty = new Set(ids);
  return rules.map((rule): Rule => {
    if (!faulty.has(rule.id)) return rule;
    const { sentences } = rule;
    const scope = (s: RuleContext['poa']['sentences'][number], context: RuleContext) => ({
      section: s.section?.kind,
      settings: context.settings,
      phrases: (list: readonly string[]) => new PhraseMatcher(list),
    });
    const original = (context: RuleContext): Iterable<RuleFinding> =>
      sentences ? context.poa.sentences.flatMap((s) => sentences.check(s.text, scope(s, context))) : rule.check(context);
    return {
      id: rule.id,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      fixable: rule.fixable,
      *check(context) {
        for (const finding of original(context)) {
          yield finding;
          break;
        }
        throw new InjectedFault(rule.id);
      },
    };
  });
}
