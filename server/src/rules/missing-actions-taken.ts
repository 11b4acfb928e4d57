import { missingSectionRule } from '../rule-kit/missing-section';

export const missingActionsTaken = missingSectionRule(
  'missing-actions-taken',
  'actions-taken',
  'The plan has no actions-taken section.',
  'No actions taken section: Amazon asks what you have already done to fix the problem. ' +
    "Add a section labelled 'Actions taken:' listing each completed step with its date.",
);
