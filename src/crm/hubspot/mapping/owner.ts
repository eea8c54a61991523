import type { HubSpotLookups } from './lookups.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import { isBlank } from './values.js';

interface OwnerProperties {
  readonly ownerId: string;
  readonly ownerName: string;
}

/**
 * Account plans and actions keep the owner twice: `owner_name` as text (what the core has) and
 * `owner_id` as a HubSpot owner. The id is written only when the portal has an owner of that name,
 * so an unknown name never clears an owner someone picked in HubSpot.
 */
export function writeOwner(
  name: string | undefined,
  names: OwnerProperties,
  lookups: HubSpotLookups,
): HubSpotProperties {
  const out: HubSpotProperties = { [names.ownerName]: name ?? '' };
  const id = lookups.ownerIdOf(name);
  if (id !== undefined) out[names.ownerId] = id;
  return out;
}

/** The owner's name: the text if set, else the name of the HubSpot owner; an unknown id is a warning. */
export function readOwner(
  record: HubSpotRecord,
  names: OwnerProperties,
  lookups: HubSpotLookups,
  label: string,
  warnings: string[],
): string | undefined {
  const text = record.properties[names.ownerName];
  if (!isBlank(text)) return text.trim();
  const id = record.properties[names.ownerId];
  if (isBlank(id)) return undefined;
  const name = lookups.ownerNameOf(id.trim());
  if (name === undefined)
    warnings.push(`${label}: ${names.ownerId}: owner ${id} is not known; owner left out`);
  return name;
}
