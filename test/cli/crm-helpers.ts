import { Client } from '@hubspot/api-client';
import jsforce from 'jsforce';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { HS } from '../../src/crm/hubspot/metadata/names.js';
import { SF } from '../../src/crm/salesforce/metadata/names.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/index.js';
import { createSandbox } from '../../src/sandbox/index.js';

export const NOW = new Date('2026-11-27T09:00:00Z');
export const HS_TOKEN = 'pat-na1-cli-crm-0000-000000000001';
export const SF_TOKEN = '00D5g000004KamX!cli-crm-test-token-0001';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `kam` with the env given (nothing from the real environment). */
export async function kam(args: readonly string[], env: Record<string, string>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: async () => '',
    env,
    now: () => NOW,
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export interface CrmSandbox {
  readonly sandbox: Sandbox;
  readonly url: string;
  readonly hubspotEnv: Record<string, string>;
  readonly salesforceEnv: Record<string, string>;
  hubspotScore(companyId: string): Promise<string | null | undefined>;
  salesforceScore(accountId: string): Promise<number | null>;
  /** Creates, through the CRM's SDK, a company / account that is not a key account; its id. */
  addNonKeyAccount(side: 'hubspot' | 'salesforce'): Promise<string>;
}

/** A sandbox on a free port (seeded with the demo unless told otherwise), and env pointing at it. */
export async function crmSandbox(options: SandboxOptions = {}): Promise<CrmSandbox> {
  const sandbox = await createSandbox({
    port: 0,
    seedNow: NOW,
    ...options,
    hubspot: { privateAppTokens: [HS_TOKEN], ...options.hubspot },
    salesforce: { accessTokens: [SF_TOKEN], ...options.salesforce },
  });
  const url = await sandbox.start();
  const hubspot = new Client({ accessToken: HS_TOKEN, basePath: url, numberOfApiCallRetries: 0 });
  const sf = new jsforce.Connection({ instanceUrl: url, accessToken: SF_TOKEN, version: '62.0' });
  return {
    sandbox,
    url,
    hubspotEnv: { HUBSPOT_ACCESS_TOKEN: HS_TOKEN, HUBSPOT_BASE_URL: url },
    salesforceEnv: { SALESFORCE_INSTANCE_URL: url, SALESFORCE_ACCESS_TOKEN: SF_TOKEN },
    async hubspotScore(id) {
      const company = await hubspot.crm.companies.basicApi.getById(id, [HS.company.score]);
      return company.properties[HS.company.score];
    },
    async salesforceScore(id) {
      const { records } = await sf.query<{ KAM_Score__c: number | null }>(
        `SELECT KAM_Score__c FROM Account WHERE Id = '${id}'`,
      );
      return records[0]?.KAM_Score__c ?? null;
    },
    async addNonKeyAccount(side) {
      const name = 'Kein Key Account GmbH';
      if (side === 'hubspot') {
        const company = await hubspot.crm.companies.basicApi.create({
          properties: { name, [HS.company.isKeyAccount]: 'false' },
          associations: [],
        });
        return company.id;
      }
      const account = await sf.sobject('Account').create({ Name: name, [SF.account.isKeyAccount]: false });
      if (!account.success) throw new Error('could not create the account');
      return account.id;
    },
  };
}
