import { domainNotes, type PolicyPack } from './pack';

export const orderDefectRate: PolicyPack = {
  type: 'order-defect-rate',
  topics: [
    {
      id: 'defect-types',
      topic: 'the cause of each kind of defect: negative feedback, A-to-z claims, chargebacks',
      why: 'the Order Defect Rate adds up three kinds of defect; reviewers want the cause of each one you had',
      mentions: ['negative feedback|a-to-z|chargebacks?|claims?'],
      sources: [domainNotes],
    },
    {
      id: 'buyers-made-whole',
      topic: 'refunds or replacements for the buyers affected',
      why: 'reviewers look first at what the buyers who complained received',
      mentions: ['\\b(?:refund\\w*|replac\\w+|reimburs\\w+|reshipp?\\w*)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'process-fixes',
      topic: 'the packaging, carrier or listing changes that stop the defects',
      why: 'a defect repeats unless the product, its box, its carrier or its listing changes',
      mentions: [
        '\\b(?:packag\\w*|packing|packed|cartons?|box(?:es)?|bubble[- ]wrap|padding|inserts?' +
          '|mailers?|carriers?|courier|listings?|descriptions?|photos?|quality|inspect\\w*)\\b',
      ],
      sources: [domainNotes],
    },
  ],
};
