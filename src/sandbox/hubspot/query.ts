import { z } from 'zod';

/** Query-string pieces shared by the objects routes (values arrive as strings or string arrays). */
export const listParam = z.union([z.string(), z.array(z.string())]).optional();
export const boolParam = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');
export const intParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .optional()
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min).max(max));

/** Ids arrive as strings or numbers; HubSpot treats them as strings. */
export const idValue = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

/** Property values on writes: strings, numbers, booleans, or null to clear. */
export const propertyValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
