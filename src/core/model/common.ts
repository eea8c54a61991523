import { z } from 'zod';

/** Identifier of a record as the CRM knows it (HubSpot object id, Salesforce 18-char id, demo id). */
export const RecordId = z.string().trim().min(1, 'must not be empty');

/** Calendar date `YYYY-MM-DD` (the CRMs' date fields; no time zone games). */
export const IsoDate = z.iso.date();

/** Instant as ISO 8601 with offset, e.g. `2026-03-01T08:00:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Year = z.number().int().min(1900).max(2200);

/** An amount of money in the account's currency (EUR unless said otherwise). */
export const Money = z.number().finite().nonnegative();

/** Probability as a fraction 0…1 (HubSpot stores 0…1, Salesforce 0…100: adapters convert). */
export const Probability = z.number().min(0).max(1);

/** The 1–5 rating scale used for selection ratings and influence. */
export const Rating = z.number().int().min(1).max(5);

export const Hours = z.number().finite().nonnegative();

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'ISO 4217 code such as EUR')
  .default('EUR');

export const optionalText = (max = 2000) => z.string().trim().max(max).optional();
