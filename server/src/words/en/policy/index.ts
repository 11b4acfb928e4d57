import type { NoticeType } from '../notice';
import { cancellationRate } from './cancellation-rate';
import { codeOfConduct } from './code-of-conduct';
import { condition } from './condition';
import { inauthentic } from './inauthentic';
import { ipCopyright } from './ip-copyright';
import { ipPatent } from './ip-patent';
import { ipTrademark } from './ip-trademark';
import { lateShipmentRate } from './late-shipment-rate';
import { orderDefectRate } from './order-defect-rate';
import type { PolicyPack } from './pack';
import { productSafety } from './product-safety';
import { relatedAccounts } from './related-accounts';
import { restrictedProducts } from './restricted-products';
import { reviewManipulation } from './review-manipulation';
import { validTrackingRate } from './valid-tracking-rate';

export type { PolicyPack, PolicyTopic } from './pack';

/** One pack per notice type. */
export const policyPacks: Readonly<Record<NoticeType, PolicyPack>> = {
  'late-shipment-rate': lateShipmentRate,
  'order-defect-rate': orderDefectRate,
  'cancellation-rate': cancellationRate,
  'valid-tracking-rate': validTrackingRate,
  'ip-trademark': ipTrademark,
  'ip-copyright': ipCopyright,
  'ip-patent': ipPatent,
  inauthentic,
  condition,
  'restricted-products': restrictedProducts,
  'review-manipulation': reviewManipulation,
  'related-accounts': relatedAccounts,
  'product-safety': productSafety,
  'code-of-conduct': codeOfConduct,
};
