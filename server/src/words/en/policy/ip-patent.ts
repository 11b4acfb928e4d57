import { catalogueReview, domainNotes, listingsDeleted, type PolicyPack } from './pack';
import { rightsOwnerContact, sourcingNamed } from './ip-trademark';

export const ipPatent: PolicyPack = {
  type: 'ip-patent',
  topics: [
    {
      id: 'sourcing',
      topic: 'where the product came from',
      why: 'reviewers ask who made the product and whether it is the patented design',
      mentions: [sourcingNamed],
      sources: [domainNotes],
    },
    {
      id: 'listings-removed',
      topic: 'the listings named in the complaint deleted, and selling stopped',
      why: 'Amazon wants the product off sale before it weighs the rest of the plan',
      mentions: [listingsDeleted, '(?:stopped|ceased|no longer) (?:selling|sourcing|offering)'],
      sources: [domainNotes],
    },
    {
      id: 'rights-owner',
      topic: 'contact with the patent owner (a retraction), or a licence',
      why: 'only the patent owner can withdraw the complaint',
      mentions: [rightsOwnerContact, 'licen[cs]\\w*'],
      sources: [domainNotes],
    },
    {
      id: 'catalogue-review',
      topic: 'a review of your catalogue for products of the same design',
      why: 'reviewers ask whether other listings infringe the same patent',
      mentions: [catalogueReview],
      sources: [domainNotes],
    },
  ],
};
