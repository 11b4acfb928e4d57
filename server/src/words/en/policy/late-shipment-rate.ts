import { domainNotes, type PolicyPack } from './pack';

export const lateShipmentRate: PolicyPack = {
  type: 'late-shipment-rate',
  topics: [
    {
      id: 'handling-time',
      topic: 'your real handling time, and the handling time set on the listings',
      why: 'an order is late against the handling time you promised; reviewers check that it now matches what you can do',
      mentions: ['handling time|processing time|lead time'],
      sources: [domainNotes],
    },
    {
      id: 'cut-off',
      topic: "the day's order cut-off and the carrier's pickup time",
      why: 'orders after the cut-off or a missed pickup are the usual cause of late confirmations',
      mentions: ['cut-?off|pick-?up|collection time|same[- ]day'],
      sources: [domainNotes],
    },
    {
      id: 'capacity',
      topic: 'staff and capacity on busy days',
      why: 'Amazon asks what changes when orders grow or someone is away',
      mentions: ['\\b(?:staff\\w*|packers?|capacity|shifts?|hired|employees?|team|warehouse|3PL|prep cent(?:er|re))\\b'],
      sources: [domainNotes],
    },
    {
      id: 'confirmation',
      topic: 'confirming shipment by the expected ship date',
      why: 'the Late Shipment Rate counts confirmations after the expected ship date, not deliveries',
      mentions: ['confirm\\w*|expected (?:ship|dispatch) date'],
      sources: [domainNotes],
    },
  ],
};
