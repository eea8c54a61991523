import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Client } from '@hubspot/api-client';
import type { BatchInputPropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties/index.js';
import type { ObjectSchemaEgg } from '@hubspot/api-client/lib/codegen/crm/schemas/index.js';
import { hubSpotSetupBodies, loadHubSpotMetadata } from '../../../src/crm/hubspot/metadata/index.js';
import { HS } from '../../../src/crm/hubspot/metadata/names.js';
import type { Running } from '../../sandbox/helpers.js';
import { failure, startSandbox } from '../../sandbox/helpers.js';

// The metadata must be accepted by the HubSpot APIs the sandbox stands in for, in both languages.
describe.each(['de', 'en'] as const)(
  'HubSpot metadata through the sandbox schemas/properties APIs (%s)',
  (lang) => {
    let running: Running;
    let client: Client;
    let bodies: ReturnType<typeof hubSpotSetupBodies>;

    beforeAll(async () => {
      bodies = hubSpotSetupBodies(await loadHubSpotMetadata(), lang);
      running = await startSandbox({ logLevel: 'silent' });
      client = running.client();
    });
    afterAll(() => running.sandbox.stop());

    it('creates the property groups, properties and custom object schemas', async () => {
      for (const g of bodies.groups) {
        const created = await client.crm.properties.groupsApi.create(g.objectType, g.body);
        expect(created.name).toBe(HS.group);
      }
      for (const p of bodies.properties) {
        // our bodies are plain JSON; the SDK types enums as its own enum types
        const created = await client.crm.properties.batchApi.create(
          p.objectType,
          p.body as unknown as BatchInputPropertyCreate,
        );
        expect(created.results.map((r) => r.name).sort()).toEqual(p.body.inputs.map((i) => i.name).sort());
      }
      for (const schema of bodies.schemas) {
        const created = await client.crm.schemas.coreApi.create(schema as unknown as ObjectSchemaEgg);
        expect(created.name).toBe(schema.name);
        expect(created.properties.map((p) => p.name)).toEqual(
          expect.arrayContaining(schema.properties.map((p) => p.name)),
        );
      }
    });

    it('shows the German or English labels it was given', async () => {
      const score = await client.crm.properties.coreApi.getByName(HS.company.objectType, HS.company.score);
      expect(score.label).toBe(
        lang === 'de'
          ? bodies.properties[0]!.body.inputs.find((i) => i.name === HS.company.score)!.label
          : 'KAM score',
      );
      expect(score.groupName).toBe(HS.group);
    });

    it('refuses a second schema of the same name, as HubSpot does', async () => {
      const again = await failure(
        client.crm.schemas.coreApi.create(bodies.schemas[0]! as unknown as ObjectSchemaEgg),
      );
      expect(again.code).toBe(409);
    });
  },
);
