import { ownedElsewhere } from './item-owner';
import { smartPartRule } from './smart-item';

export const unmeasurableAction = smartPartRule(
  {
    id: 'unmeasurable-action',
    description:
      'An action or preventive measure on things that come in numbers (orders, listings, units, staff) with no number, ' +
      "count, percentage or named quantity ('all 14 buyers', 'every order').",
    defaultSeverity: 'info',
  },
  ownedElsewhere,
);
