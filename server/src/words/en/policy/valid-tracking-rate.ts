import { domainNotes, near, type PolicyPack } from './pack';

export const validTrackingRate: PolicyPack = {
  type: 'valid-tracking-rate',
  topics: [
    {
      id: 'carrier-integration',
      topic: "the carrier's integration: tracking numbers passed to Amazon automatically",
      why: 'tracking typed by hand or from an unsupported carrier is the usual cause',
      mentions: ['integrat\\w*|\\bAPI\\b|automatic\\w*|supported carriers?'],
      sources: [domainNotes],
    },
    {
      id: 'tracking-before-confirming',
      topic: 'the tracking number uploaded when the order is confirmed',
      why: 'the Valid Tracking Rate counts shipments confirmed without a valid number',
      mentions: [near('tracking', 'upload\\w*|entered|added|before|when (?:we )?confirm|confirm\\w*')],
      sources: [domainNotes],
    },
    {
      id: 'buy-shipping',
      topic: "Amazon's Buy Shipping, or a carrier Amazon recognises",
      why: 'labels bought through Buy Shipping carry valid tracking and are protected',
      mentions: ['buy shipping|\\bcarriers?\\b'],
      sources: [domainNotes],
    },
  ],
};
