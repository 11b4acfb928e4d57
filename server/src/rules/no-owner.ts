import { ownedElsewhere } from './item-owner';
import { smartPartRule } from './smart-item';

export const noOwner = smartPartRule(
  {
    id: 'no-owner',
    description: "A preventive check that names no role or person to run it ('Daily audits of all listings', 'We check 20 orders').",
    defaultSeverity: 'info',
  },
  ownedElsewhere,
);
