import { z } from 'zod';
import type { Lang } from '../../../core/i18n/index.js';
import type { ProvisionReport } from '../../port.js';
import type { HubSpotSetupBodies } from '../metadata/index.js';
import type { HubSpotContext } from './context.js';
import { chunks } from './wire.js';

const Named = z.object({ results: z.array(z.object({ name: z.string() })) });

export const ENTERPRISE_NEEDED =
  'custom objects need a HubSpot Enterprise subscription (or the app lacks the crm.schemas.custom.write scope): ' +
  'the KAM objects relationship, value chain note, potential, account plan and action cannot be created';

/**
 * Creates what is missing of the group, the properties and the custom object schemas; leaves what
 * exists alone (a second run creates nothing). A 403 on schemas becomes one clear `missing` line.
 */
export async function provision(
  ctx: HubSpotContext,
  bodies: HubSpotSetupBodies,
  _lang: Lang,
): Promise<ProvisionReport> {
  const created: string[] = [];
  const unchanged: string[] = [];
  const missing: string[] = [];
  for (const { objectType, body } of bodies.groups) {
    const existing = Named.parse(await ctx.call((c) => c.crm.properties.groupsApi.getAll(objectType)));
    const label = `property group ${objectType}/${body.name}`;
    if (existing.results.some((g) => g.name === body.name)) unchanged.push(label);
    else {
      await ctx.call((c) => c.crm.properties.groupsApi.create(objectType, body));
      created.push(label);
    }
  }
  for (const { objectType, body } of bodies.properties) {
    const existing = new Set(
      Named.parse(await ctx.call((c) => c.crm.properties.coreApi.getAll(objectType))).results.map(
        (p) => p.name,
      ),
    );
    const toCreate = body.inputs.filter((p) => !existing.has(p.name));
    for (const p of body.inputs) if (existing.has(p.name)) unchanged.push(`property ${objectType}.${p.name}`);
    for (const chunk of chunks(toCreate, 100)) {
      await ctx.call((c) => c.crm.properties.batchApi.create(objectType, { inputs: chunk as never[] }));
      created.push(...chunk.map((p) => `property ${objectType}.${p.name}`));
    }
  }
  let schemas: Set<string>;
  try {
    schemas = new Set(
      Named.parse(await ctx.call((c) => c.crm.schemas.coreApi.getAll())).results.map((s) => s.name),
    );
  } catch (e) {
    if ((e as { code?: unknown }).code === 403) return { created, unchanged, missing: [ENTERPRISE_NEEDED] };
    throw e;
  }
  for (const body of bodies.schemas) {
    const label = `custom object ${body.name}`;
    if (schemas.has(body.name)) {
      unchanged.push(label);
      continue;
    }
    try {
      await ctx.call((c) => c.crm.schemas.coreApi.create(body as never));
      created.push(label);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 403) throw e;
      if (!missing.includes(ENTERPRISE_NEEDED)) missing.push(ENTERPRISE_NEEDED);
      missing.push(label);
    }
  }
  return { created, unchanged, missing };
}
