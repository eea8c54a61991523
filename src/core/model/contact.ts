import { z } from 'zod';
import { IsoDate, optionalText, Rating, RecordId } from './common.js';
import { BUYING_ROLES } from './values.js';
export { BUYING_ROLES } from './values.js';

export const BuyingRole = z.enum(BUYING_ROLES);
export type BuyingRole = z.infer<typeof BuyingRole>;

/** Attitude towards us: −2 opponent … 0 neutral … +2 supporter. */
export const Attitude = z.number().int().min(-2).max(2);

export const Contact = z.object({
  id: RecordId,
  name: z.string().trim().min(1).max(255),
  /** Function / job title as printed on the business card. */
  jobTitle: optionalText(200),
  department: optionalText(200),
  email: z.email().optional(),
  reportsToId: RecordId.optional(),
  roles: z.array(BuyingRole).default([]),
  influence: Rating.optional(),
  attitude: Attitude.optional(),
  needsFactual: optionalText(),
  needsEmotional: optionalText(),
  /** When someone last confirmed role, influence and attitude. */
  lastConfirmedAt: IsoDate.optional(),
});
export type Contact = z.infer<typeof Contact>;
