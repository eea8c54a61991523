import type { KeyAccount } from '../../../core/model/index.js';
import { SELECTION_RATINGS } from '../../../core/model/index.js';
import { HS, HS_OPTIONS } from '../metadata/names.js';
import type { FieldSpec } from './fields.js';
import { datetime, money, number, option, propertyOf, readFields, text, writeFields } from './fields.js';
import type { ReadIssue } from './issues.js';
import type { HubSpotLookups } from './lookups.js';
import { DEFAULT_LOOKUPS } from './lookups.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { RecordRead } from './source.js';
import { HS_STANDARD } from './standard-fields.js';
import { isBlank } from './values.js';

const STD = HS_STANDARD.company;
const RATING = number({ min: 1, max: 5, integer: true });

type AccountField = 'name' | 'city' | 'employees' | 'annualRevenue' | 'categorySpendPerYear' | 'stage';

const SPECS: readonly FieldSpec<AccountField>[] = [
  { field: 'name', property: STD.name, kind: text },
  { field: 'city', property: STD.city, kind: text },
  { field: 'employees', property: STD.employees, kind: number({ min: 0, integer: true }) },
  { field: 'annualRevenue', property: STD.annualRevenue, kind: money },
  { field: 'categorySpendPerYear', property: HS.company.categorySpend, kind: money },
  { field: 'stage', property: HS.company.stage, kind: option(HS_OPTIONS.company.stage) },
];
const RATING_SPECS = SELECTION_RATINGS.map((key) => ({
  field: key,
  property: HS.company.ratings[key],
  kind: RATING,
}));

/**
 * The company properties of a key account. Industry and owner are written only when the portal has
 * the option / owner (an unknown value would fail the whole write); the last activity date is
 * HubSpot's own and never written; the account's currency is the portal's.
 */
export function accountToCrm(
  account: KeyAccount,
  lookups: HubSpotLookups = DEFAULT_LOOKUPS,
): HubSpotProperties {
  const out: HubSpotProperties = {
    ...writeFields<AccountField>(account, SPECS),
    ...writeFields(account.ratings, RATING_SPECS),
    [STD.country]: account.country ?? '',
    [HS.company.isKeyAccount]: 'true',
  };
  const industry = lookups.industryValueOf(account.industry);
  if (industry !== undefined) out[STD.industry] = industry;
  const owner = lookups.ownerIdOf(account.ownerName);
  if (owner !== undefined) out[STD.owner] = owner;
  return out;
}

/** Values HubSpot computes itself (read only), for a stand-in CRM to hold as a portal would. */
export function accountDerivedValues(account: KeyAccount): HubSpotProperties {
  return account.lastActivityAt ? { [STD.lastActivity]: account.lastActivityAt } : {};
}

/**
 * A company as a key-account input. Country is taken only as a two-letter code (HubSpot's field is
 * free text; "Germany" is reported as a warning, not translated); an owner or industry the lookups
 * do not know stays as given (industry value) or unset with a warning (owner).
 */
export function accountFromCrm(
  record: HubSpotRecord,
  lookups: HubSpotLookups,
  issues: ReadIssue[],
  warnings: string[],
): RecordRead<Record<string, unknown>> {
  const label = `company ${record.id}`;
  const p = record.properties;
  const input: Record<string, unknown> = {
    id: record.id,
    currency: lookups.currency,
    ...readFields(record, SPECS, label, issues),
    ratings: readFields(record, RATING_SPECS, label, issues),
    ...readFields(
      record,
      [{ field: 'lastActivityAt', property: STD.lastActivity, kind: datetime }],
      label,
      issues,
    ),
  };
  const country = p[STD.country];
  if (!isBlank(country)) {
    const code = country.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(code)) input['country'] = code;
    else warnings.push(`${label}: ${STD.country}: "${country}" is not a two-letter country code; left out`);
  }
  const industry = p[STD.industry];
  if (!isBlank(industry)) input['industry'] = lookups.industryLabelOf(industry.trim()) ?? industry.trim();
  const owner = p[STD.owner];
  if (!isBlank(owner)) {
    const name = lookups.ownerNameOf(owner.trim());
    if (name !== undefined) input['ownerName'] = name;
    else warnings.push(`${label}: ${STD.owner}: owner ${owner} is not known; owner left out`);
  }
  const properties: Record<string, string> = {
    ...propertyOf(SPECS),
    lastActivityAt: STD.lastActivity,
    country: STD.country,
    industry: STD.industry,
    ownerName: STD.owner,
  };
  for (const key of SELECTION_RATINGS) properties[`ratings.${key}`] = HS.company.ratings[key];
  return { input, source: { label, record, properties } };
}
