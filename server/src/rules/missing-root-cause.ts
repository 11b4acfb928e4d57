import { missingSectionRule } from '../rule-kit/missing-section';

export const missingRootCause = missingSectionRule(
  'missing-root-cause',
  'root-cause',
  'The plan has no root-cause section.',
  'No root cause section: Amazon asks first why the problem happened. ' +
    "Add a section labelled 'Root cause:' that names what in your own process went wrong.",
);
