/** Street types in postal addresses, long and abbreviated ("123 Main Street", "9 Elm Rd."). */
export const streetTypes = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Way', 'Place', 'Pl',
  'Terrace', 'Ter', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Square', 'Sq', 'Trail', 'Trl', 'Crescent', 'Close', 'Plaza', 'Alley',
  'Row', 'Loop', 'Pike', 'Turnpike', 'Expressway', 'Freeway',
];

/** Words before a number that make it a buyer's phone number. */
export const phoneCues = ['phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'called', 'text', 'texted', 'whatsapp', 'contact number', 'ph'];

/** Mailboxes of an organisation, not a person: a rights owner's legal@ is not buyer data. */
export const organisationMailboxes = [
  'legal', 'ip', 'trademark', 'trademarks', 'copyright', 'brand', 'brandprotection', 'brand-protection', 'compliance', 'abuse', 'support', 'help',
  'info', 'contact', 'hello', 'sales', 'admin', 'office', 'service', 'customerservice', 'customer-service', 'cs', 'team', 'orders', 'returns',
  'noreply', 'no-reply', 'notice', 'notices', 'seller-performance', 'seller-notification', 'seller-notifications', 'performance', 'appeals',
];
