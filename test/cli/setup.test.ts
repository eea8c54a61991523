import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Command } from 'commander';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerSetup } from '../../src/cli/commands/setup.js';
import type { CliIo } from '../../src/cli/io.js';
import { ENTERPRISE_NEEDED } from '../../src/crm/hubspot/adapter/index.js';
import type { CrmPort } from '../../src/crm/port.js';
import type { CrmSandbox } from './crm-helpers.js';
import { crmSandbox, kam } from './crm-helpers.js';

describe('kam setup hubspot on an empty portal', () => {
  let crm: CrmSandbox;
  beforeAll(async () => {
    crm = await crmSandbox();
  });
  afterAll(() => crm.sandbox.stop());

  it('creates the KAM metadata, and a second run creates nothing', async () => {
    const first = await kam(['setup', 'hubspot', '--lang', 'en'], crm.hubspotEnv);
    expect(first.code).toBe(0);
    expect(first.out).toContain('  + created: custom object kam_relationship');
    expect(first.out).toMatch(/^HubSpot: [1-9]\d* created, \d+ unchanged, 0 missing\.$/m);
    expect(first.out).not.toContain('Nothing changed');

    const second = await kam(['setup', 'hubspot', '--lang', 'de'], crm.hubspotEnv);
    expect(second.code).toBe(0);
    expect(second.out).not.toContain('angelegt:');
    expect(second.out).toMatch(/^HubSpot: 0 angelegt, [1-9]\d* unverändert, 0 fehlen\.$/m);
    expect(second.out).toContain('Nichts geändert');
  });
});

describe('kam setup hubspot without Enterprise', () => {
  it('says custom objects need Enterprise, in the reader language, and exits 1', async () => {
    const out: string[] = [];
    const io: CliIo = {
      out: (s) => out.push(s),
      err: () => undefined,
      readFile: async () => '',
      env: {},
      now: () => new Date(),
    };
    const port = {
      provision: async () => ({
        created: [],
        unchanged: ['property companies.kam_score'],
        missing: [ENTERPRISE_NEEDED],
      }),
    } as unknown as CrmPort;
    let exit = -1;
    const program = new Command('kam').exitOverride();
    registerSetup(
      program,
      io,
      (c) => (exit = c),
      () => port,
    );
    await program.parseAsync(['setup', 'hubspot', '--lang', 'de'], { from: 'user' });
    expect(exit).toBe(1);
    expect(out).toContain(
      '  ! fehlt: Eigene Objekte brauchen HubSpot Enterprise (oder der App fehlt der Scope crm.schemas.custom.write): ' +
        'Beziehung, Wertkettennotiz, Potenzial, Account-Plan und Maßnahme können nicht angelegt werden.',
    );
  });
});

describe('kam setup salesforce', () => {
  let seeded: CrmSandbox;
  let stripped: CrmSandbox;
  const dir = mkdtempSync(join(tmpdir(), 'kam-sf-meta-'));
  beforeAll(async () => {
    // the KAM metadata without one field, as an org where an admin deployed an old version
    cpSync('metadata/salesforce/main/default', dir, { recursive: true });
    rmSync(join(dir, 'objects/KAM_Potential__c/fields/Horizon__c.field-meta.xml'));
    [seeded, stripped] = await Promise.all([
      crmSandbox({ seed: 'demo' }),
      crmSandbox({ salesforce: { metadataDir: dir } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([seeded.sandbox.stop(), stripped.sandbox.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports nothing missing on the seeded sandbox', async () => {
    const r = await kam(['setup', 'salesforce', '--lang', 'en'], seeded.salesforceEnv);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Salesforce: the KAM metadata is fully deployed.');
  });

  it('names a missing field and exits 1', async () => {
    const r = await kam(['setup', 'salesforce', '--lang', 'en'], stripped.salesforceEnv);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      expect.stringMatching(/^ {2}! missing: KAM_Potential__c: field Horizon__c \(.*\) is missing — deploy/),
      'Salesforce: 1 gaps in the KAM metadata — deploy the project (npm run build, then sf project deploy start).',
    ]);
  });
});
