import { domainNotes, type PolicyPack } from './pack';

export const codeOfConduct: PolicyPack = {
  type: 'code-of-conduct',
  topics: [
    {
      id: 'conduct-named',
      topic: 'which part of the Seller Code of Conduct you broke, in its words',
      why: 'reviewers check that you understood what the notice is about before they weigh the actions',
      mentions: ['code of conduct|\\bfair(?:ly)?\\b|honest\\w*|misleading|duplicate|excessive'],
      sources: [domainNotes],
    },
  ],
};
