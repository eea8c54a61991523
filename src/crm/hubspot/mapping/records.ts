/**
 * The HubSpot wire shapes the mapping works on, structurally equal to the SDK's
 * `SimplePublicObject` (read) and `SimplePublicObjectInput` (write) so adapter code passes them
 * straight through.
 */

/** A record as HubSpot returns it: every property value is a string, or null when empty. */
export interface HubSpotRecord {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null | undefined>>;
  readonly createdAt?: Date | string;
  readonly updatedAt?: Date | string;
  readonly archived?: boolean;
}

/** Property values to create or update a record. An empty string clears a value on update. */
export type HubSpotProperties = Record<string, string>;

/** The records that hang off a company, by what they hold. */
export const ACCOUNT_PARTS = [
  'contacts',
  'deals',
  'relationships',
  'valueChainNotes',
  'potentials',
  'accountPlans',
  'actions',
] as const;
export type AccountPart = (typeof ACCOUNT_PARTS)[number];
