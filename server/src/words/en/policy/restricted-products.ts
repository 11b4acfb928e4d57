import { catalogueReview, domainNotes, listingsDeleted, near, type PolicyPack } from './pack';

export const restrictedProducts: PolicyPack = {
  type: 'restricted-products',
  topics: [
    {
      id: 'listings-deleted',
      topic: 'every restricted listing deleted, not only set out of stock',
      why: 'an inactive listing can go live again with the next delivery; reviewers want it gone from your catalogue',
      mentions: [listingsDeleted],
      sources: [domainNotes],
    },
    {
      id: 'catalogue-review',
      topic: 'a review of the whole catalogue against the restricted products policy',
      why: 'Amazon asks whether other listings break the same policy, not only the ones it found',
      mentions: [catalogueReview],
      sources: [domainNotes],
    },
    {
      id: 'new-listing-check',
      topic: 'a check of each new product against the policy before it is listed',
      why: 'prevention for a restricted product is a gate before listing, with who runs it',
      mentions: [
        near('before (?:we )?(?:list|listing|adding|add|launch)', 'check|screen|review|verif'),
        'new (?:products?|listings?|ASINs?)',
      ],
      sources: [domainNotes],
    },
  ],
};
