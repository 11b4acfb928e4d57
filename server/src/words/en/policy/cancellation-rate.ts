import { domainNotes, type PolicyPack } from './pack';

export const cancellationRate: PolicyPack = {
  type: 'cancellation-rate',
  topics: [
    {
      id: 'inventory-sync',
      topic: 'how stock is kept in step between Amazon and your other sales channels',
      why: 'most cancellations are orders for stock that sold elsewhere; reviewers ask how the counts now agree',
      mentions: ['\\b(?:sync\\w*|inventory (?:management|software|feed|levels?|counts?)|stock (?:levels?|counts?)|channels?)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'safety-stock',
      topic: 'safety stock: a buffer held back from what you list',
      why: 'a buffer keeps a miscount from becoming a cancelled order',
      mentions: ['safety stock|buffer|reserve|held back'],
      sources: [domainNotes],
    },
    {
      id: 'audit',
      topic: 'how often stock is counted and who counts it',
      why: 'reviewers look for a regular check, not a one-time fix',
      mentions: ['\\b(?:audit\\w*|count\\w*|stock-?take|cycle count)\\b'],
      sources: [domainNotes],
    },
  ],
};
