/** Street types in postal addresses ("123 Main Street"). */
export const streetTypes = [
  'Street',
  'Avenue',
  'Road',
  'Boulevard',
  'Lane',
  'Drive',
  'Court',
  'Way',
  'Place',
  'Terrace',
  'Parkway',
  'Highway',
  'Circle',
  'Square',
  'Trail',
  'Crescent',
  'Close',
  'Plaza',
  'Alley',
  'Row',
  'Loop',
  'Pike',
  'Turnpike',
  'Expressway',
  'Freeway',
];

/** Their abbreviations, which may end with a full stop ("9 Elm Rd."). */
export const streetAbbreviations = ['St', 'Ave', 'Av', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pl', 'Ter', 'Pkwy', 'Hwy', 'Cir', 'Sq', 'Trl'];

/** Words before a number that make it a buyer's phone number. */
export const phoneCues = [
  'phone',
  'tel',
  'telephone',
  'mobile',
  'cell',
  'call',
  'called',
  'text',
  'texted',
  'whatsapp',
  'contact number',
  'ph',
];

/** Mailboxes of an organisation, not a person: a rights owner's legal@ is not buyer data. */
export const organisationMailboxes = [
  'legal',
  'ip',
  'trademark',
  'trademarks',
  'copyright',
  'brand',
  'brandprotection',
  'brand-protection',
  'compliance',
  'abuse',
  'support',
  'help',
  'info',
  'contact',
  'hello',
  'sales',
  'admin',
  'office',
  'service',
  'customerservice',
  'customer-service',
  'cs',
  'team',
  'orders',
  'returns',
  'noreply',
  'no-reply',
  'notice',
  'notices',
  'seller-performance',
  'seller-notification',
  'seller-notifications',
  'performance',
  'appeals',
];

/** Amazon's own mail domains (amazon.com, amazon.co.uk, marketplace.amazon.de): a reviewer's address is not buyer data. */
export const amazonMailDomain = /^(?:[A-Za-z0-9-]+\.)*amazon(?:\.[A-Za-z]{2,3}){1,2}$/i;

/**
 * What comes just before Amazon's own premises in a sentence: "Amazon's
 * fulfilment centre at …", "Amazon.com Services LLC, …", "the FBA warehouse at …".
 */
const amazonPremises =
  '(?:fulfil+ment\\s+cent(?:er|re)s?|warehouses?|facility|facilities|FC|sort(?:ation)?\\s+cent(?:er|re)|returns?\\s+cent(?:er|re)|' +
  'offices?|headquarters|HQ)';
const amazonEntity = '(?:LLC|Inc\\.?|Ltd\\.?|S\\.?à\\s*r\\.?l\\.?|Services|EU)';
export const amazonPlaceBefore = new RegExp(
  "\\b(?:amazon(?:'s|’s|\\.com|\\.co\\.uk|\\.de)?(?:,?\\s+[\\p{L}.]+){0,3}?,?\\s+(?:" +
    `${amazonPremises}|${amazonEntity})` +
    '|fulfil+ment\\s+cent(?:er|re)s?(?:\\s+[A-Z]{3}\\d)?|FBA\\s+(?:warehouse|facility|fulfil+ment\\s+cent(?:er|re))|FC\\s+[A-Z]{3}\\d)' +
    '(?![\\p{L}\\p{N}])[^.!?\\r\\n]{0,40}$',
  'iu',
);
