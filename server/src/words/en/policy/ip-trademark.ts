import { catalogueReview, domainNotes, listingsDeleted, type PolicyPack } from './pack';

export const rightsOwnerContact =
  '\\b(?:rights? owners?|brand owners?|trademark owners?|copyright (?:owner|holder)s?|patent (?:owner|holder)s?|retraction|' +
  'withdraw\\w* (?:the|its|their) complaint)\\b';
export const sourcingNamed = '\\b(?:suppliers?|wholesalers?|distributors?|manufacturers?|bought|purchas\\w+|sourc\\w+)\\b';

export const ipTrademark: PolicyPack = {
  type: 'ip-trademark',
  topics: [
    {
      id: 'sourcing',
      topic: 'where you bought the branded goods',
      why: 'reviewers ask whether the goods are genuine and were sold to you to resell',
      mentions: [sourcingNamed],
      sources: [domainNotes],
    },
    {
      id: 'listings-removed',
      topic: 'the listings named in the complaint deleted',
      why: 'Amazon wants the infringing listings gone before it weighs the rest of the plan',
      mentions: [listingsDeleted],
      sources: [domainNotes],
    },
    {
      id: 'rights-owner',
      topic: 'contact with the rights owner (a retraction) or your authorisation to use the brand',
      why: 'only the rights owner can withdraw the complaint; an authorisation shows you may use the mark',
      mentions: [rightsOwnerContact, 'authori[sz]\\w+|licen[cs]e'],
      sources: [domainNotes],
    },
    {
      id: 'catalogue-review',
      topic: 'a review of your whole catalogue for the same brand or mark',
      why: 'reviewers ask whether other listings use the same trademark',
      mentions: [catalogueReview],
      sources: [domainNotes],
    },
  ],
};
