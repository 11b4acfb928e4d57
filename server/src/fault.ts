import type { Rule } from './engine/rule';

/** The error an injected fault throws. */
export class InjectedFault extends Error {
  constructor(ruleId: string) {
    super(`injected fault in rule ${ruleId} (POA_LINT_FAULT)`);
    this.name = 'InjectedFault';
  }
}

/**
 * Fault injection, for tests only. With POA_LINT_FAULT=<rule-id>[,<rule-id>…]
 * in the server's environment when it starts, each named rule reports its
 * first finding and then throws, so a test can check that a failing rule is
 * logged once, keeps no half of its findings, and never silences the other
 * rules or the server. Only the environment of the process turns it on:
 * nothing in a document, a setting or a .poarc.json can.
 */
export function withInjectedFaults(rules: readonly Rule[], spec: string | undefined): readonly Rule[] {
  const ids = new Set((spec ?? '').split(',').map((id) => id.trim()).filter(Boolean));
  if (ids.size === 0) return rules;
  return rules.map((rule) =>
    ids.has(rule.id)
      ? {
          ...rule,
          *check(context) {
            for (const finding of rule.check(context)) {
              yield finding;
              break;
            }
            throw new InjectedFault(rule.id);
          },
        }
      : rule,
  );
}
