import { z } from 'zod';

/**
 * A HubSpot id as sent: a JSON number (object ids exceed 32 bits) or its decimal text, kept as
 * decimal text. `BigInt` spells out integers beyond 2^53 exactly as parsed instead of `1e+21`.
 */
export const hubSpotId = z
  .union([
    z.number().nonnegative().refine(Number.isInteger, 'expected an integer id'),
    z.string().regex(/^\d{1,20}$/, 'expected a decimal id'),
  ])
  .transform((v) => (typeof v === 'number' ? BigInt(v).toString() : v));

const epochMs = z.number().int().nonnegative();

/**
 * One webhook event, classic (`company.propertyChange`) or generic (`object.propertyChange` with
 * `objectTypeId`). Fields HubSpot adds later pass through untouched.
 */
export const HubSpotEvent = z.looseObject({
  eventId: hubSpotId,
  subscriptionId: z.number().int(),
  portalId: z.number().int().positive(),
  appId: z.number().int(),
  occurredAt: epochMs,
  subscriptionType: z.string().min(1),
  attemptNumber: z.number().int().nonnegative(),
  objectId: hubSpotId.optional(),
  /** generic events: `0-1` contact, `0-2` company, `0-3` deal, `2-…` custom object */
  objectTypeId: z.string().min(1).optional(),
  propertyName: z.string().optional(),
  propertyValue: z.string().nullable().optional(),
  changeSource: z.string().optional(),
  sourceId: z.string().nullable().optional(),
  changeFlag: z.string().optional(),
  // association changes
  associationType: z.string().optional(),
  fromObjectId: hubSpotId.optional(),
  toObjectId: hubSpotId.optional(),
  fromObjectTypeId: z.string().min(1).optional(),
  toObjectTypeId: z.string().min(1).optional(),
  associationRemoved: z.boolean().optional(),
  isPrimaryAssociation: z.boolean().optional(),
  associationTypeId: z.number().int().optional(),
  associationCategory: z.string().optional(),
  // merges
  primaryObjectId: hubSpotId.optional(),
  mergedObjectIds: z.array(hubSpotId).optional(),
  newObjectId: hubSpotId.optional(),
  numberOfPropertiesMoved: z.number().int().optional(),
});
export type HubSpotEvent = z.output<typeof HubSpotEvent>;
