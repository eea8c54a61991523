import type { AccountPart } from '../mapping/index.js';
import { HS_STANDARD } from '../mapping/index.js';
import { HS, HS_OUTPUTS } from '../metadata/names.js';

/** Every string value of a names object (nested ones too), without its object type name. */
function names(entry: object): string[] {
  return Object.entries(entry).flatMap(([key, value]) =>
    key === 'objectType' || key === 'object'
      ? []
      : typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? names(value as object)
          : [],
  );
}

/** The properties the mapping reads, per record kind: asked for by name, so reads stay small. */
export const READ_PROPERTIES = {
  company: [...names(HS.company), ...names(HS_STANDARD.company)],
  contacts: [...names(HS.contact), ...names(HS_STANDARD.contact)],
  deals: [...names(HS.deal), ...names(HS_STANDARD.deal)],
  relationships: names(HS.relationship),
  valueChainNotes: names(HS.valueChainNote),
  potentials: names(HS.potential),
  accountPlans: names(HS.accountPlan),
  actions: names(HS.action),
} as const satisfies Record<AccountPart | 'company', readonly string[]>;

export const OUTPUT_PROPERTIES: readonly string[] = HS_OUTPUTS.company;

/** The KAM custom object behind each custom part. */
export const CUSTOM_OBJECTS = {
  relationships: HS.relationship.object,
  valueChainNotes: HS.valueChainNote.object,
  potentials: HS.potential.object,
  accountPlans: HS.accountPlan.object,
  actions: HS.action.object,
} as const satisfies Partial<Record<AccountPart, string>>;
