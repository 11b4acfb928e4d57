import { missingSectionRule } from '../rule-kit/missing-section';

export const missingPreventiveMeasures = missingSectionRule(
  'missing-preventive-measures',
  'preventive-measures',
  'The plan has no preventive-measures section.',
  'No preventive measures section: Amazon asks how you will stop this from happening again. ' +
    "Add a section labelled 'Preventive measures:' with each measure, who owns it and how often it runs.",
);
