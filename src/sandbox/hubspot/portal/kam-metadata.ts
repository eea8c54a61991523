import type { Lang } from '../../../core/i18n/types.js';
import { hubSpotSetupBodies, loadHubSpotMetadata } from '../../../crm/hubspot/metadata/index.js';
import type { HubSpotSetupBodies } from '../../../crm/hubspot/metadata/index.js';
import { PropertiesService } from '../properties-service.js';
import { PropertyCreate } from '../property-input.js';
import { SchemaCreate, SchemasService } from '../schemas-service.js';
import type { HubSpotState } from '../state.js';

/** What provisioning added (existing groups, properties and schemas are kept as they are). */
export interface ProvisionCounts {
  groups: number;
  properties: number;
  schemas: number;
}

const cache = new Map<Lang, Promise<HubSpotSetupBodies>>();

/** The setup bodies of `metadata/hubspot` in one language, read once per process. */
export function kamSetupBodies(lang: Lang): Promise<HubSpotSetupBodies> {
  let bodies = cache.get(lang);
  if (!bodies) {
    bodies = loadHubSpotMetadata().then((metadata) => hubSpotSetupBodies(metadata, lang));
    cache.set(lang, bodies);
    bodies.catch(() => cache.delete(lang));
  }
  return bodies;
}

/**
 * Provisions the KAM metadata as `kam setup hubspot` does (groups, then properties, then custom
 * object schemas), through the side's own services, so the API's rules apply. Idempotent: what
 * exists already is left alone. Runs inside the caller's transaction.
 */
export function provisionKamMetadata(state: HubSpotState, bodies: HubSpotSetupBodies): ProvisionCounts {
  const counts: ProvisionCounts = { groups: 0, properties: 0, schemas: 0 };
  const properties = new PropertiesService(state);
  const schemas = new SchemasService(state);
  for (const { objectType, body } of bodies.groups) {
    const typeId = state.types.resolve(objectType).objectTypeId;
    if (state.properties.group(typeId, body.name)) continue;
    state.properties.saveGroup(typeId, {
      name: body.name,
      label: body.label,
      displayOrder: body.displayOrder ?? -1,
      archived: false,
    });
    counts.groups++;
  }
  for (const { objectType, body } of bodies.properties) {
    const typeId = state.types.resolve(objectType).objectTypeId;
    for (const input of body.inputs) {
      const existing = state.properties.get(typeId, input.name);
      if (existing && !existing.archived) continue;
      properties.create(typeId, PropertyCreate.parse(input));
      counts.properties++;
    }
  }
  const names = new Set(state.schemas.all().map((s) => s.name.toLowerCase()));
  for (const body of bodies.schemas) {
    if (names.has(body.name.toLowerCase())) continue;
    schemas.create(SchemaCreate.parse(body));
    counts.schemas++;
  }
  return counts;
}
