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

/** Places a business works from, and its addresses: what a seller's own street address belongs to. */
export const premisesNouns = [
  'warehouse',
  'office',
  'facility',
  'store',
  'shop',
  'premises',
  'address',
  'location',
  'fulfil+ment cent(?:er|re)',
  'prep cent(?:er|re)',
  'headquarters',
  'factory',
  'plant',
  'building',
  'unit',
  'studio',
  'workshop',
  'depot',
  'storage unit',
];

/** Who owns a place in the seller's words: "our", "my", "his own", "the seller's". */
export const premisesOwners = "(?:our|my|(?:his|her|their|its) own|(?:the )?seller(?:'s|’s))";

/** Kinds of address that are a business's own, whoever runs it: "his return address", "the registered address". */
export const businessAddressKinds = [
  'return',
  'returns',
  'business',
  'registered',
  'company',
  'trading',
  'head office',
  'ship-from',
  'dispatch',
  "sender(?:'s|’s)?",
];

/** People whose place an address may be: a buyer's, not the seller's. */
export const addresseeWords = '(?:buyers?|customers?|clients?|recipients?|purchasers?|shoppers?|consumers?)';

/**
 * Between an owned place and a street, what shows the street is somewhere
 * else: a parcel going to it ("our warehouse shipped the parcel to 12 Oak Lane").
 */
export const deliveryBreak =
  '(?:shipped|sent|delivered|posted|mailed|reshipped|returned|forwarded|redirected|went|arrived|dropped|left|parcels?|packages?|' +
  'shipments?|orders?|items?|replacements?|deliver(?:y|ies))';
