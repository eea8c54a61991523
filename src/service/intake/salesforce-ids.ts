import { idChecksum, isSalesforceId } from '../../crm/salesforce/mapping/ids.js';

export { isSalesforceId };

/**
 * The 18-character form of a valid 15- or 18-character id (tenants and subjects use it, so one
 * record never appears under two spellings). Call only with an id `isSalesforceId` accepts.
 */
export function toId18(id: string): string {
  const head = id.slice(0, 15);
  return head + idChecksum(head);
}

/** An organization id in the 18-character form tenants are stored under; throws for a malformed id. */
export function toOrgId18(orgId: string): string {
  if (!isSalesforceId(orgId)) throw new RangeError('not a 15- or 18-character Salesforce organization id');
  return toId18(orgId);
}

/**
 * Whether two organization ids name the same org: the first 15 characters are the id (case
 * matters), the 3 after them a checksum that must fit. A malformed id matches nothing.
 */
export function sameOrganization(a: string, b: string): boolean {
  return isSalesforceId(a) && isSalesforceId(b) && a.slice(0, 15) === b.slice(0, 15);
}
