import { z } from 'zod';
import { Hours, IsoDate, Money, optionalText, Probability, RecordId } from './common.js';
import { DEAL_STATUSES } from './values.js';
export { DEAL_STATUSES } from './values.js';

export const DealStatus = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatus>;

/**
 * A deal (HubSpot) or opportunity (Salesforce). Won deals make the revenue history; open deals are
 * the projects (konkrete Projekte) and the pipeline.
 */
export const Deal = z.object({
  id: RecordId,
  name: z.string().trim().min(1).max(255),
  amount: Money,
  /** Contribution margin (Deckungsbeitrag) of the deal in money, if known. */
  contributionMargin: z.number().finite().optional(),
  status: DealStatus,
  stage: optionalText(120),
  probability: Probability.default(0.5),
  /** Close date for won/lost deals, expected decision date for open ones. */
  closeDate: IsoDate,
  productLine: optionalText(120),
  /** Our internal hours the project needs (pre-sales, engineering, project management). */
  resourceHours: Hours.optional(),
  strategic: z.boolean().default(false),
});
export type Deal = z.infer<typeof Deal>;
