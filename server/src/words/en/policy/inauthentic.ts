import { authenticityHelp, domainNotes, near, type PolicyPack } from './pack';

const supplier = 'suppliers?|wholesalers?|distributors?|manufacturers?|vendors?';

export const inauthentic: PolicyPack = {
  type: 'inauthentic',
  topics: [
    {
      id: 'supplier-contact',
      topic: "the supplier's name, address, phone and website",
      why: 'reviewers verify the supplier itself, and a supplier they cannot look up or call makes its invoices worthless',
      mentions: [near(supplier, 'address|phone|telephone|website|www\\.|\\.com\\b|contact details')],
      sources: [domainNotes, authenticityHelp],
    },
    {
      id: 'invoices',
      topic: 'invoices from the last 365 days that cover the units you sold',
      why: "invoices are the evidence Amazon accepts that the goods are genuine; they must be recent and at least match the ASINs' sales",
      mentions: ['\\binvoices?\\b'],
      sources: [domainNotes, authenticityHelp],
    },
    {
      id: 'authorisation',
      topic: 'a letter of authorisation from the brand or its distributor',
      why: 'for branded goods, reviewers ask whether you were allowed to resell the brand, not only where you bought it',
      mentions: ['letters? of authori[sz]ation|authori[sz]ation letters?|\\bLOA\\b|authori[sz]ed (?:distributor|reseller|dealer|supplier)'],
      sources: [domainNotes],
    },
    {
      id: 'stock-removed',
      topic: 'the stock without such documents removed or disposed of',
      why: 'units you cannot trace to a verified supplier must leave the shelf, or the complaints will repeat',
      mentions: [near('removed|removal orders?|disposed|destroyed|returned to|pulled|quarantined', 'stock|inventory|units|items')],
      sources: [domainNotes],
    },
  ],
};
