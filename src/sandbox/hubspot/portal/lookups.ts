import { HubSpotLookups, joinName } from '../../../crm/hubspot/mapping/index.js';
import type { DealOutcome } from '../../../crm/hubspot/mapping/index.js';
import type { HubSpotState } from '../state.js';

const OUTCOME: Readonly<Record<string, DealOutcome>> = { closedwon: 'won', closedlost: 'lost' };

/**
 * The mapping's lookups as the portal has them: owners, the `dealstage` options (the pipeline's
 * stages) and the `industry` options. Read from the store; the same as the owners, pipelines and
 * properties APIs answer.
 */
export function portalLookups(state: HubSpotState): HubSpotLookups {
  const options = (typeId: string, name: string) => state.properties.get(typeId, name)?.options ?? [];
  return new HubSpotLookups({
    owners: state.owners.all().map((o) => ({ id: o.id, name: joinName(o.firstName, o.lastName) ?? o.email })),
    dealStages: options('0-3', 'dealstage').map((o) => ({
      id: o.value,
      label: o.label,
      outcome: OUTCOME[o.value] ?? 'open',
    })),
    industries: options('0-2', 'industry').map((o) => ({ value: o.value, label: o.label })),
    currency: 'EUR',
  });
}
