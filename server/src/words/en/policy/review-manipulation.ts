import { domainNotes, type PolicyPack } from './pack';

export const reviewManipulation: PolicyPack = {
  type: 'review-manipulation',
  topics: [
    {
      id: 'inserts',
      topic: 'package inserts: what they said, and that they are gone',
      why: 'an insert that asks for a positive review is the most common cause',
      mentions: ['\\b(?:inserts?|cards?|leaflets?|flyers?)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'incentives',
      topic: 'incentives: free products, refunds or discounts for reviews',
      why: 'reviewers ask whether anyone was paid or rewarded for a review',
      mentions: ['\\b(?:incentiv\\w*|free (?:products?|gifts?|units?)|discounts?|rebates?|refunds?|gift cards?|rewards?)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'outside-services',
      topic: 'outside services, groups or friends and family who reviewed',
      why: 'Amazon links reviews to services, groups and people close to the seller',
      mentions: ['\\b(?:services?|agenc(?:y|ies)|groups?|clubs?|friends|family|relatives|employees|staff)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'approved-channels',
      topic: 'from now on only Request a Review and Vine',
      why: 'these are the ways of asking for reviews Amazon allows; reviewers look for that commitment',
      mentions: ['request a review|\\bvine\\b'],
      sources: [domainNotes],
    },
  ],
};
