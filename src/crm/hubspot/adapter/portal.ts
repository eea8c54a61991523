import { z } from 'zod';
import type { AccountPart } from '../mapping/index.js';
import { ACCOUNT_PARTS, HubSpotLookups } from '../mapping/index.js';
import type { HubSpotContext } from './context.js';
import { CUSTOM_OBJECTS } from './properties.js';

/** What the adapter reads about a portal once and keeps: object type ids and lookups. */
export interface PortalInfo {
  /** The object type each part is read with (custom objects by their `objectTypeId`). */
  readonly types: Readonly<Record<AccountPart, string>>;
  readonly lookups: HubSpotLookups;
}

const Schemas = z.object({ results: z.array(z.object({ name: z.string(), objectTypeId: z.string() })) });
const Owners = z.object({
  results: z.array(
    z.object({ id: z.string(), firstName: z.string().nullish(), lastName: z.string().nullish() }),
  ),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});
const Pipelines = z.object({
  results: z.array(
    z.object({
      stages: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          metadata: z.record(z.string(), z.string().nullish()).optional(),
        }),
      ),
    }),
  ),
});
const Property = z.object({ options: z.array(z.object({ value: z.string(), label: z.string() })) });

/** Custom object type ids by schema name; a missing schema is a clear error for the admin. */
export async function readPartTypes(ctx: HubSpotContext): Promise<Record<AccountPart, string>> {
  const schemas = Schemas.parse(await ctx.call((c) => c.crm.schemas.coreApi.getAll())).results;
  const out: Partial<Record<AccountPart, string>> = { contacts: 'contacts', deals: 'deals' };
  for (const [part, name] of Object.entries(CUSTOM_OBJECTS)) {
    const schema = schemas.find((s) => s.name === name);
    if (!schema) throw new Error(`HubSpot custom object ${name} is missing: run \`kam setup hubspot\``);
    out[part as AccountPart] = schema.objectTypeId;
  }
  for (const part of ACCOUNT_PARTS) if (!out[part]) throw new Error(`no object type for ${part}`);
  return out as Record<AccountPart, string>;
}

/** Owners (every page), deal pipelines and the `industry` options of the portal. */
export async function readLookups(ctx: HubSpotContext): Promise<HubSpotLookups> {
  const owners: { id: string; name: string }[] = [];
  let after: string | undefined;
  do {
    const page = Owners.parse(await ctx.call((c) => c.crm.owners.ownersApi.getPage(undefined, after, 500)));
    owners.push(
      ...page.results.map((o) => ({ id: o.id, name: `${o.firstName ?? ''} ${o.lastName ?? ''}`.trim() })),
    );
    after = page.paging?.next?.after;
  } while (after !== undefined);
  const pipelines = Pipelines.parse(await ctx.call((c) => c.crm.pipelines.pipelinesApi.getAll('deals')));
  const industry = Property.parse(
    await ctx.call((c) => c.crm.properties.coreApi.getByName('companies', 'industry')),
  );
  return new HubSpotLookups({
    owners,
    dealStages: pipelines.results.flatMap((p) =>
      p.stages.map((s) => ({
        id: s.id,
        label: s.label,
        outcome:
          s.metadata?.['isClosed'] !== 'true' ? 'open' : s.metadata['probability'] === '1' ? 'won' : 'lost',
      })),
    ),
    industries: industry.options,
    currency: ctx.config.currency,
  });
}

/** Reads the portal info on first use and keeps it (one promise, so concurrent loads share it). */
export class PortalCache {
  private info: Promise<PortalInfo> | undefined;

  constructor(private readonly ctx: HubSpotContext) {}

  get(): Promise<PortalInfo> {
    this.info ??= (async () => ({
      types: await readPartTypes(this.ctx),
      lookups: await readLookups(this.ctx),
    }))();
    this.info.catch(() => (this.info = undefined));
    return this.info;
  }

  /** Forget (after provisioning, or when a lookup went stale). */
  clear(): void {
    this.info = undefined;
  }
}
