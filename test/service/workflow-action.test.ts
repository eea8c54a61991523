/**
 * The custom workflow action "recompute KAM score" end to end: defined through the SDK with the
 * developer API key, run by the sandbox the way an enrolled workflow runs it, answered by the
 * service with the score at once, or — when the CRM is too slow for that — blocked and completed
 * later by the worker through HubSpot's callback API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@hubspot/api-client';
import type { PublicActionDefinitionEgg } from '@hubspot/api-client/lib/codegen/automation/actions/index.js';
import { DEMO } from '../../src/service/demo/demo-credentials.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { hubspotKeyAccounts, settle } from './hubspot-helpers.js';

/** An execution as the sandbox records it. */
interface Execution {
  readonly callbackId: string;
  readonly state: string;
  readonly executionState: string | null;
  readonly outputFields: Record<string, unknown>;
  readonly statusCode: number | null;
  readonly durationMs: number | null;
}

const outputField = (name: string, type: string) => ({
  typeDefinition: { name, type, options: [], externalOptions: false },
});

/** The action as the app defines it: on companies, answering with score, tier and quadrant. */
const definition = (actionUrl: string) =>
  ({
    actionUrl,
    published: true,
    objectTypes: ['COMPANY'],
    inputFields: [],
    outputFields: [
      outputField('kam_score', 'number'),
      outputField('kam_tier', 'string'),
      outputField('kam_quadrant', 'string'),
    ],
    objectRequestOptions: { properties: ['name'] },
    labels: { en: { actionName: 'Recompute KAM score' }, de: { actionName: 'KAM-Score neu berechnen' } },
    functions: [],
  }) as unknown as PublicActionDefinitionEgg;

describe('workflow action: recompute KAM score', () => {
  let d: TestDemo;
  let accounts: string[];
  let actionId: string;
  beforeAll(async () => {
    d = await startTestDemo();
    await settle(d);
    accounts = await hubspotKeyAccounts(d);
    const developer = new Client({ developerApiKey: DEMO.hubspot.developerApiKey, basePath: d.sandboxUrl });
    const created = await developer.automation.actions.definitionsApi.create(
      DEMO.hubspot.appId,
      definition(`${d.serviceUrl}/hubspot/actions/recompute`),
    );
    actionId = created.id;
  }, 60_000);
  afterAll(() => d?.stop());

  async function sandboxAdmin(method: string, path: string, body?: unknown): Promise<unknown> {
    const answer = await fetch(`${d.sandboxUrl}/__sandbox${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    expect(answer.ok).toBe(true);
    return answer.json();
  }

  /** What a workflow enrolling the company does: calls the action and records the execution. */
  const run = (companyId: string) =>
    sandboxAdmin('POST', '/hubspot/workflows/run', {
      actionId,
      objectId: companyId,
      objectType: 'COMPANY',
    }) as Promise<Execution>;

  async function execution(callbackId: string): Promise<Execution | undefined> {
    const { results } = (await sandboxAdmin('GET', '/hubspot/workflows/executions?limit=1000')) as {
      results: Execution[];
    };
    return results.find((e) => e.callbackId === callbackId);
  }

  async function writtenScore(companyId: string) {
    const company = await d.hubspot.crm.companies.basicApi.getById(companyId, [
      'kam_score',
      'kam_tier',
      'kam_quadrant',
    ]);
    return company.properties;
  }

  it('answers a key account at once with its score (SUCCEEDED)', async () => {
    const id = accounts[0]!;

    const e = await run(id);

    expect(e).toMatchObject({ state: 'SUCCEEDED', executionState: 'SUCCESS', statusCode: 200 });
    const written = await writtenScore(id);
    expect(written.kam_score).toBeTruthy();
    expect(Number(e.outputFields.kam_score)).toBe(Number(written.kam_score));
    expect(e.outputFields.kam_tier).toBe(written.kam_tier);
    expect(e.outputFields.kam_quadrant).toBe(written.kam_quadrant);
  }, 30_000);

  it('fails and lets the workflow continue on a company that is not a key account', async () => {
    const company = await d.hubspot.crm.companies.basicApi.create({
      properties: { name: 'Laufkunde OHG' },
      associations: [],
    });

    const e = await run(company.id);

    expect(e).toMatchObject({ state: 'FAILED', executionState: 'FAIL_CONTINUE', statusCode: 200 });
    expect(String(e.outputFields.kam_error)).toContain('not a key account');
    expect(e.outputFields.kam_score).toBeUndefined();
    expect((await writtenScore(company.id)).kam_score ?? '').toBe('');
    await settle(d);
  }, 30_000);

  it('blocks when the CRM is too slow to answer in time, then completes through the callback', async () => {
    const id = accounts[1]!;
    const scored = () => d.metric('kam_accounts_scored_total', { tenant: d.tenants.hubspot });
    const scoredBefore = await scored();
    // every HubSpot call takes 2.5 s: tracing and loading the account cannot fit the quick answer
    await sandboxAdmin('POST', '/faults', { hubspot: { latencyMs: 2_500 } });
    let blocked: Execution;
    try {
      blocked = await run(id);
    } finally {
      await sandboxAdmin('DELETE', '/faults');
    }

    expect(blocked).toMatchObject({ state: 'BLOCKED', executionState: 'BLOCK', statusCode: 200 });
    const completed = await d.until(
      async () => {
        const e = await execution(blocked.callbackId);
        return e?.state === 'COMPLETED' ? e : undefined;
      },
      30_000,
      'the callback to complete the execution',
    );
    expect(completed.outputFields.hs_execution_state).toBe('SUCCESS');
    // the quick attempt goes on after the BLOCK answer; both it and the worker's job end in a score
    await d.until(
      async () => ((await scored()) >= scoredBefore + 2 ? true : undefined),
      30_000,
      'both scores',
    );
    await settle(d);
    const written = await writtenScore(id);
    expect(Number(completed.outputFields.kam_score)).toBe(Number(written.kam_score));
    expect(completed.outputFields.kam_tier).toBe(written.kam_tier);
  }, 60_000);
});
