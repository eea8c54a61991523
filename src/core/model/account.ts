import { z } from 'zod';
import { CurrencyCode, IsoDateTime, Money, optionalText, Rating, RecordId } from './common.js';
import { SELECTION_RATINGS, DEVELOPMENT_STAGES } from './values.js';
export { SELECTION_RATINGS, DEVELOPMENT_STAGES } from './values.js';

export const SelectionRatingKey = z.enum(SELECTION_RATINGS);
export type SelectionRatingKey = z.infer<typeof SelectionRatingKey>;

export const DevelopmentStage = z.enum(DEVELOPMENT_STAGES);
export type DevelopmentStage = z.infer<typeof DevelopmentStage>;

export const KeyAccount = z.object({
  id: RecordId,
  name: z.string().trim().min(1).max(255),
  industry: optionalText(120),
  /** ISO 3166-1 alpha-2, e.g. DE, AT, CH. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'two-letter country code such as DE')
    .optional(),
  city: optionalText(120),
  employees: z.number().int().nonnegative().optional(),
  /** The customer's own annual revenue (Jahresumsatz des Kunden), not ours. */
  annualRevenue: Money.optional(),
  /** What the customer spends per year on what we sell, if known: the wallet for share of wallet. */
  categorySpendPerYear: Money.optional(),
  currency: CurrencyCode,
  ownerName: optionalText(120),
  ratings: z.partialRecord(SelectionRatingKey, Rating).default({}),
  stage: DevelopmentStage.default('candidate'),
  /** Last touch point recorded in the CRM (meeting, call, e-mail). */
  lastActivityAt: IsoDateTime.optional(),
});
export type KeyAccount = z.infer<typeof KeyAccount>;
