/** Street types in postal addresses ("123 Main Street"). */
export const streetTypes = [
  'Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Drive', 'Court', 'Way', 'Place', 'Terrace', 'Parkway', 'Highway', 'Circle', 'Square', 'Trail',
  'Crescent', 'Close', 'Plaza', 'Alley', 'Row', 'Loop', 'Pike', 'Turnpike', 'Expressway', 'Freeway',
];

/** Their abbreviations, which may end with a full stop ("9 Elm Rd."). */
export const streetAbbreviations = ['St', 'Ave', 'Av', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pl', 'Ter', 'Pkwy', 'Hwy', 'Cir', 'Sq', 'Trl'];

/** Words before a number that make it a buyer's phone number. */
export const phoneCues = ['phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'called', 'text', 'texted', 'whatsapp', 'contact number', 'ph'];

/** Mailboxes of an organisation, not a person: a rights owner's legal@ is not buyer data. */
export const organisationMailboxes = [
  'legal', 'ip', 'trademark', 'trademarks', 'copyright', 'brand', 'brandprotection', 'brand-protection', 'compliance', 'abuse', 'support', 'help',
  'info', 'contact', 'hello', 'sales', 'admin', 'office', 'service', 'customerservice', 'customer-service', 'cs', 'team', 'orders', 'returns',
  'noreply', 'no-reply', 'notice', 'notices', 'seller-performance', 'seller-notification', 'seller-notifications', 'performance', 'appeals',
];
