import { domainNotes, type PolicyPack } from './pack';

/** Used sold as new, and condition complaints: the whole path of a unit, "not limited to the specific orders". */
export const condition: PolicyPack = {
  type: 'condition',
  topics: [
    {
      id: 'sourcing',
      topic: 'where the units come from (supplier, new or returned stock)',
      why: 'used units often enter as returns or from liquidators; reviewers look for where yours came from',
      mentions: ['\\b(?:sourc\\w*|suppliers?|wholesalers?|liquidat\\w*|bought|purchas\\w*|manufacturer|returned \\w+|returns? stock)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'listing',
      topic: 'how each unit is listed: new or used, and its condition note',
      why: 'a used unit listed as new is the complaint itself; reviewers want the listing step fixed',
      mentions: ['\\b(?:listing|listed|relist\\w*|condition (?:note|setting|field)|like new|used condition|as used)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'packaging',
      topic: 'storage and packaging: sealed, undamaged boxes',
      why: 'buyers judge "new" by the box; opened or worn packaging reads as used',
      mentions: ['\\b(?:packag\\w*|packed|packing|sealed|shrink[- ]?wrap\\w*|boxe?s?|storage|stored)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'shipping',
      topic: 'shipping: how units are protected on the way',
      why: 'damage in transit arrives as "used" or "damaged"; reviewers ask how the unit travels',
      mentions: ['\\b(?:ship\\w*|dispatch\\w*|carriers?|transit|courier)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'returns',
      topic: 'returns: how returned units are graded before they are sold again',
      why: 'a return resold as new is the most common cause; reviewers look for the grading step',
      mentions: ['\\b(?:returns?|returned|restock\\w*|grad(?:e|ed|ing))\\b'],
      sources: [domainNotes],
    },
    {
      id: 'whole-inventory',
      topic: 'the whole inventory checked, not limited to the specific orders',
      why: 'Amazon asks for measures that reach every unit, not only the orders it named',
      mentions: [
        '\\ball (?:of )?(?:our |the )?(?:\\d+ )?(?:units|listings|ASINs|products|stock|inventory)',
        '\\b(?:whole|entire) (?:inventory|stock|catalog(?:ue)?)',
        '\\bevery (?:unit|listing|item)',
      ],
      sources: [domainNotes],
    },
  ],
};
