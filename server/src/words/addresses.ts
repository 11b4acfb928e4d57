/** Street types in postal addresses, long and abbreviated ("123 Main Street", "9 Elm Rd."). */
export const streetTypes = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Way', 'Place', 'Pl',
  'Terrace', 'Ter', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Square', 'Sq', 'Trail', 'Trl', 'Crescent', 'Close', 'Plaza', 'Alley',
  'Row', 'Loop', 'Pike', 'Turnpike', 'Expressway', 'Freeway',
];

/** Words before a number that make it a buyer's phone number. */
export const phoneCues = ['phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'called', 'text', 'texted', 'whatsapp', 'contact number', 'ph'];
