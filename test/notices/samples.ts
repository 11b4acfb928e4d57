/**
 * Notices and rejections written for the tests in the style of Amazon's
 * (see DOMAIN.md, "How real notices and rejections look"): no real notice's
 * text. IDs are made up.
 */
import type { NoticeType } from '../../server/src/engine/notice';

export interface SampleNotice {
  type: NoticeType;
  text: string;
  asins?: string[];
  orders?: string[];
  shipments?: string[];
  complaints?: string[];
  brands?: string[];
  metric?: string;
  deadline?: { within?: number; date?: string };
}

export const sampleNotices: SampleNotice[] = [
  {
    type: 'late-shipment-rate',
    text: [
      'Hello,',
      '',
      'Your selling privileges have been deactivated because your Late Shipment Rate is 6.2%. This is above the target of 4%',
      'that sellers must maintain to sell on Amazon.',
      '',
      'How do I reactivate my account?',
      'Send us a plan of action within 17 days. Examples of late orders: 112-4455667-1234567, 114-9988776-7654321.',
    ].join('\n'),
    orders: ['112-4455667-1234567', '114-9988776-7654321'],
    metric: 'Late Shipment Rate 6.2%, target 4%',
    deadline: { within: 17 },
  },
  {
    type: 'order-defect-rate',
    text: [
      'Dear Seller,',
      'We have deactivated your account. Your Order Defect Rate (ODR) is 1.44%, which exceeds the target of under 1%.',
      'The ODR includes negative feedback, A-to-z Guarantee claims and service chargebacks.',
      'Please submit your appeal by December 7, 2026.',
    ].join('\n'),
    metric: 'Order Defect Rate 1.44%, target under 1%',
    deadline: { date: '2026-12-07' },
  },
  {
    type: 'cancellation-rate',
    text: 'Your Cancellation Rate is 4.09%; the target is 2.5%. Orders cancelled by the seller: 171-0000001-0000002\nASIN: B0CANCEL01',
    orders: ['171-0000001-0000002'],
    asins: ['B0CANCEL01'],
    metric: 'Cancellation Rate 4.09%, target 2.5%',
  },
  {
    type: 'valid-tracking-rate',
    text: [
      'Your Valid Tracking Rate for the Home category is 88%, below the goal of 95%.',
      'Shipments without valid tracking included FBA15FWTFL6R and FBA1A2B3C4D5.',
    ].join('\n'),
    shipments: ['FBA15FWTFL6R', 'FBA1A2B3C4D5'],
    metric: 'Valid Tracking Rate 88%, target 95%',
  },
  {
    type: 'ip-trademark',
    text: [
      'We removed some of your listings because we received a report from a rights owner alleging trademark infringement.',
      '',
      'Brand : Kettlewise',
      'ASIN: B0KTL00001 Title : Stainless kettle 1.7 L',
      'ASIN: B0KTL00002 Title : Glass kettle',
      'Infringement type: Trademark Complaint ID: 9911223344',
    ].join('\n'),
    asins: ['B0KTL00001', 'B0KTL00002'],
    complaints: ['9911223344'],
    brands: ['Kettlewise'],
  },
  {
    type: 'ip-copyright',
    text: [
      'Complaint Type: Copyright ASIN: B0CPY00001 B0CPY00002 B0CPY00003 B0CPY00004',
      'Rights owner: North Lake Studio',
      'Reference ID: CR-77812',
    ].join('\n'),
    asins: ['B0CPY00001', 'B0CPY00002', 'B0CPY00003', 'B0CPY00004'],
    complaints: ['CR-77812'],
    brands: ['North Lake Studio'],
  },
  {
    type: 'ip-patent',
    text: 'We received a notice of alleged patent infringement (utility patent) concerning ASIN B0PAT00001. Complaint ID: 55660011.',
    asins: ['B0PAT00001'],
    complaints: ['55660011'],
  },
  {
    type: 'inauthentic',
    text: [
      'Your account has been deactivated due to customer complaints that the items you sold were inauthentic.',
      'We reviewed your supply chain documents through automated means and expert human review.',
      'ASIN:B0AUTH0001',
      'Title:Face serum 30 ml',
      'Complaint: Inauthentic',
      'ASIN:B0AUTH0002',
      'Title:Night cream',
    ].join('\n'),
    asins: ['B0AUTH0001', 'B0AUTH0002'],
  },
  {
    type: 'condition',
    text: 'Customers reported that items sold as new were used or damaged (used sold as new). Order 205-1111111-2222222, ASIN B0COND0001.',
    orders: ['205-1111111-2222222'],
    asins: ['B0COND0001'],
  },
  {
    type: 'restricted-products',
    text: 'The following listings violate our Restricted Products policy and were removed: B0RESTR001, B0RESTR002 (Home).',
    asins: ['B0RESTR001', 'B0RESTR002'],
  },
  {
    type: 'review-manipulation',
    text: 'We found that you attempted to manipulate product reviews, which violates our Customer Product Reviews Policy. ASIN: B0REVIEW01',
    asins: ['B0REVIEW01'],
  },
  {
    type: 'related-accounts',
    text: 'Your account is related to another account that may not be used to sell on Amazon. Related accounts are deactivated as well.',
  },
  {
    type: 'product-safety',
    text: 'We received food safety complaints: customers reported expired products. ASIN: B0FOOD0001. Complaint ID: 7788990011',
    asins: ['B0FOOD0001'],
    complaints: ['7788990011'],
  },
  {
    type: 'code-of-conduct',
    text: 'Your account was deactivated for violating the Seller Code of Conduct: sellers must act fairly and honestly.',
  },
];

/** A rejection asking in triples, with Amazon's bullets and other requests. */
export const sampleRejection = [
  'Hello,',
  '',
  'We reviewed your appeal. We need more information:',
  '',
  '-- Greater detail on the root cause(s) of the late shipments',
  '– Greater detail on the actions you have taken to resolve the late shipments',
  '— Greater detail on the steps you have taken to prevent the late shipments going forward',
  '',
  'The corrective action items you have listed have not been implemented.',
  'The documents submitted are invalid.',
  '',
  'Things to consider: review the Code of Conduct.',
].join('\n');
