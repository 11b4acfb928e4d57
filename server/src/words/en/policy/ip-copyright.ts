import { catalogueReview, domainNotes, listingsDeleted, type PolicyPack } from './pack';
import { rightsOwnerContact } from './ip-trademark';

export const ipCopyright: PolicyPack = {
  type: 'ip-copyright',
  topics: [
    {
      id: 'content-source',
      topic: 'where the images or text came from, and that they are now your own or licensed',
      why: 'a copyright complaint is about content: reviewers ask whose photos or words you used',
      mentions: ['\\b(?:images?|photos?|photographs?|pictures?|descriptions?|text|artwork|designs?)\\b'],
      sources: [domainNotes],
    },
    {
      id: 'listings-removed',
      topic: 'the content named in the complaint removed from the listings',
      why: 'the infringing content must be gone before the rest of the plan counts',
      mentions: [listingsDeleted, '(?:replaced|removed|deleted)[^.\\n]{0,60}(?:images?|photos?|pictures?|text|descriptions?)'],
      sources: [domainNotes],
    },
    {
      id: 'rights-owner',
      topic: 'contact with the rights owner (a retraction) or a licence',
      why: 'only the rights owner can withdraw the complaint',
      mentions: [rightsOwnerContact, 'licen[cs]\\w*'],
      sources: [domainNotes],
    },
    {
      id: 'catalogue-review',
      topic: 'a review of all your listings for content you did not create',
      why: 'reviewers ask whether other listings use the same content',
      mentions: [catalogueReview],
      sources: [domainNotes],
    },
  ],
};
