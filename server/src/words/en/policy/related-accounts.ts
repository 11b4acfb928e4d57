import { domainNotes, near, type PolicyPack } from './pack';

export const relatedAccounts: PolicyPack = {
  type: 'related-accounts',
  topics: [
    {
      id: 'how-linked',
      topic: 'how the accounts are linked: a bank account, an address, a device or IP address, staff',
      why: 'Amazon found a shared detail; reviewers want you to name it, not to deny the link',
      mentions: [
        near(
          'linked|related|connected|associated|shared|same',
          'bank|address|IP|computer|laptop|device|network|wi-?fi|credit card|e-?mail|phone|staff|employee',
        ),
      ],
      sources: [domainNotes],
    },
    {
      id: 'relationship',
      topic: 'who runs the other account and what your relationship is',
      why: 'reviewers decide from the relationship whether the other account is yours',
      mentions: [
        '\\b(?:brother|sister|father|mother|son|daughter|wife|husband|spouse|partner|friend|cousin|relative|family member|' +
          'former (?:employee|partner)|employee|accountant|landlord|co-?founder)\\b',
      ],
      sources: [domainNotes],
    },
    {
      id: 'other-account-status',
      topic: "the related account's own standing or reactivation",
      why: 'a linked account that stays deactivated keeps yours deactivated too',
      mentions: [
        near('(?:other|related|linked|second) account', 'reactivated|closed|in good standing|appeal|deactivated|suspended|active'),
      ],
      sources: [domainNotes],
    },
  ],
};
