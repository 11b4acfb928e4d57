import { domainNotes, type PolicyPack } from './pack';

export const productSafety: PolicyPack = {
  type: 'product-safety',
  topics: [
    {
      id: 'testing',
      topic: 'testing and inspection documents (test reports, certificates)',
      why: 'reviewers want evidence that the product is safe, not your word for it',
      mentions: ['\\b(?:test(?:ed|ing)?(?: reports?| results?)?|inspect\\w*|certificat\\w*|lab(?:oratory)?|compliance|CPC|CE mark\\w*)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'recall',
      topic: 'what you did about units already sold: recall, buyers told, stock held back',
      why: 'a safety complaint is about buyers who still have the product',
      mentions: [
        '\\b(?:recall\\w*|quarantin\\w*|withdr[ae]w\\w*)\\b',
        '\\b(?:contacted|notified|informed|wrote to) (?:the |all |every )?(?:\\d+ )?(?:buyers|customers)\\b',
      ],
      sources: [domainNotes],
    },
    {
      id: 'expiry',
      topic: 'for food or cosmetics: expiry dates, lot numbers and first-in, first-out stock',
      why: 'most food safety complaints are expired or badly stored units',
      mentions: ['\\b(?:expir\\w*|best[- ]before|use[- ]by|shelf[- ]life|lot numbers?|batch\\w*|FIFO|first[- ]in)\\b'],
      sources: [domainNotes],
    },
  ],
};
