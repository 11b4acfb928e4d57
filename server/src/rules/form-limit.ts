import { formFields, type FormField } from '../common/settings';
import { exportFormField } from '../engine/export';
import type { Rule, RuleFinding } from '../engine/rule';

/** Each field as Seller Central's form asks it. */
export const formFieldNames: Record<FormField, string> = {
  'root-cause': 'root cause',
  actions: 'actions taken',
  prevention: 'preventive measures',
  additional: 'additional information',
};

const count = (n: number) => n.toLocaleString('en-US');

export const formLimit: Rule = {
  id: 'form-limit',
  description: "A field of Seller Central's form longer than its character budget (poa.form.limits); off until a budget is set.",
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa, settings }): Iterable<RuleFinding> {
    const limits = settings.form.limits;
    for (const field of formFields) {
      const budget = limits[field];
      if (budget === undefined) continue;
      const exported = exportFormField(poa, field);
      if (exported.characters <= budget || exported.sections.length === 0) continue;
      const { label } = exported.sections[0];
      yield {
        start: label.start,
        end: label.end,
        message:
          `The ${formFieldNames[field]} is ${count(exported.characters)} characters as Seller Central's form gets it, ` +
          `${count(exported.characters - budget)} over your budget of ${count(budget)} (poa.form.limits): ` +
          `cut repetition and keep each point to one line.`,
      };
    }
  },
};
