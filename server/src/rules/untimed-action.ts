import { ownedElsewhere } from './item-owner';
import { smartPartRule } from './smart-item';

export const untimedAction = smartPartRule(
  {
    id: 'untimed-action',
    description: 'An action or preventive measure with no date, deadline, start or frequency.',
    defaultSeverity: 'warning',
  },
  ownedElsewhere,
);
