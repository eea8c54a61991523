import type { AccountSnapshot } from '../../../core/model/index.js';
import { splitName } from '../../../crm/hubspot/mapping/index.js';
import { emailOf, ownerNames } from '../../seed/names.js';
import type { PropertyDefinition, PropertyOption } from '../property-model.js';
import type { HubSpotState } from '../state.js';

/** What fitting the portal to a portfolio changed. */
export interface ProfileCounts {
  owners: number;
  industryOptions: number;
  dealStages: number;
}

/**
 * German labels of HubSpot's fixed industry values, as a German-language portal shows them (only
 * the ones the demo needs: the values are HubSpot's, the wording is the demo's).
 */
const GERMAN_INDUSTRIES: Readonly<Record<string, string>> = {
  MACHINERY: 'Maschinenbau',
  FOOD_PRODUCTION: 'Lebensmittel',
  LOGISTICS_AND_SUPPLY_CHAIN: 'Logistik',
  PHARMACEUTICALS: 'Pharma',
  ELECTRICAL_ELECTRONIC_MANUFACTURING: 'Elektrotechnik',
  PACKAGING_AND_CONTAINERS: 'Verpackung',
  AUTOMOTIVE: 'Automobilzulieferer',
  CHEMICALS: 'Chemie',
  MINING_METALS: 'Metallverarbeitung',
  UTILITIES: 'Energie',
};

const OPEN_STAGES = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'decisionmakerboughtin',
  'contractsent',
];

/**
 * Configures the portal the way its admin would for this portfolio, so the mapping loses nothing:
 * a HubSpot user (owner) for every owner name; the industry options labelled as the portfolio names
 * them (HubSpot's German label where there is one, else a new option); the default pipeline's stages
 * renamed to the portfolio's stage names (open stages in order of their deals' mean probability; a
 * sixth open stage or a second won/lost name has no stage left and falls back, as the mapping says).
 */
export function fitPortal(state: HubSpotState, snapshots: readonly AccountSnapshot[]): ProfileCounts {
  return {
    owners: addOwners(state, snapshots),
    industryOptions: fitIndustries(state, snapshots),
    dealStages: fitStages(state, snapshots),
  };
}

function addOwners(state: HubSpotState, snapshots: readonly AccountSnapshot[]): number {
  const names = ownerNames(snapshots);
  const known = new Set(state.owners.all().map((o) => `${o.firstName} ${o.lastName}`));
  const now = state.now().toISOString();
  let added = 0;
  for (const name of names) {
    if (known.has(name)) continue;
    const { firstname, lastname } = splitName(name);
    state.owners.add({ email: emailOf(name), firstName: firstname, lastName: lastname }, now);
    added++;
  }
  return added;
}

function fitIndustries(state: HubSpotState, snapshots: readonly AccountSnapshot[]): number {
  const def = state.properties.get('0-2', 'industry');
  if (!def) return 0;
  const options = def.options.map((o) => ({ ...o }));
  let changed = 0;
  for (const label of new Set(snapshots.map((s) => s.account.industry).filter((l) => l !== undefined))) {
    if (options.some((o) => o.label === label)) continue;
    const value = Object.keys(GERMAN_INDUSTRIES).find((v) => GERMAN_INDUSTRIES[v] === label);
    const option = value === undefined ? undefined : options.find((o) => o.value === value);
    if (option) option.label = label;
    else options.push(newOption(label, options.length));
    changed++;
  }
  if (changed > 0) save(state, '0-2', def, options);
  return changed;
}

function newOption(label: string, displayOrder: number): PropertyOption {
  const value =
    label
      .toUpperCase()
      .normalize('NFD')
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || `OPTION_${displayOrder}`;
  return { label, value, displayOrder, hidden: false };
}

function fitStages(state: HubSpotState, snapshots: readonly AccountSnapshot[]): number {
  const def = state.properties.get('0-3', 'dealstage');
  if (!def) return 0;
  const deals = snapshots.flatMap((s) => s.deals).filter((d) => d.stage !== undefined);
  const labelOf = new Map<string, string>();
  const firstOf = (status: string) => deals.find((d) => d.status === status)?.stage;
  const won = firstOf('won');
  const lost = firstOf('lost');
  if (won !== undefined) labelOf.set('closedwon', won);
  if (lost !== undefined) labelOf.set('closedlost', lost);
  const open = new Map<string, number[]>();
  for (const d of deals)
    if (d.status === 'open') open.set(d.stage!, [...(open.get(d.stage!) ?? []), d.probability]);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  [...open.entries()]
    .sort((a, b) => mean(a[1]) - mean(b[1]))
    .slice(0, OPEN_STAGES.length)
    .forEach(([label], i) => labelOf.set(OPEN_STAGES[i]!, label));
  let changed = 0;
  const options = def.options.map((o) => {
    const label = labelOf.get(o.value);
    if (label === undefined || label === o.label) return o;
    changed++;
    return { ...o, label };
  });
  if (changed > 0) save(state, '0-3', def, options);
  return changed;
}

function save(state: HubSpotState, typeId: string, def: PropertyDefinition, options: PropertyOption[]): void {
  state.properties.save(typeId, { ...def, options, updatedAt: state.now().toISOString() });
}
