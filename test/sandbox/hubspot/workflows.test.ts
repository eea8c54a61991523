import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Client } from '@hubspot/api-client';
import type { PublicActionDefinitionEgg } from '@hubspot/api-client/lib/codegen/automation/actions/index.js';
import { verifyV1V2 } from '../../../src/crm/hubspot/signature.js';
import type { Running } from '../helpers.js';
import { CLIENT_SECRET, failure, startSandbox } from '../helpers.js';
import type { Receiver } from './webhook-receiver.js';
import { APP_ID, developerClient, startReceiver, verifies } from './webhook-receiver.js';

let env: Running;
let dev: Client;
let receiver: Receiver;
beforeAll(async () => {
  env = await startSandbox();
  dev = developerClient(env);
});
afterAll(async () => {
  await env.sandbox.stop();
});
beforeEach(async () => {
  env.sandbox.reset();
  receiver = await startReceiver('/hubspot/actions/recompute');
});
afterEach(async () => {
  await receiver.close();
});

function egg(actionUrl: string): PublicActionDefinitionEgg {
  return {
    actionUrl,
    published: true,
    objectTypes: ['COMPANY'],
    inputFields: [
      {
        typeDefinition: {
          name: 'model',
          type: 'string',
          fieldType: 'text',
          options: [],
          externalOptions: false,
        },
        isRequired: true,
        supportedValueTypes: ['STATIC_VALUE'],
      },
    ],
    outputFields: [
      { typeDefinition: { name: 'kam_score', type: 'number', options: [], externalOptions: false } },
    ],
    objectRequestOptions: { properties: ['name'] },
    labels: { en: { actionName: 'Recompute KAM score' }, de: { actionName: 'KAM-Score neu berechnen' } },
    functions: [],
  } as unknown as PublicActionDefinitionEgg;
}

interface Execution {
  callbackId: string;
  state: string;
  executionState: string | null;
  outputFields: Record<string, unknown>;
  expiresAt: string | null;
  statusCode: number | null;
}

async function adminCall(method: string, path: string, body?: unknown) {
  const res = await fetch(`${env.baseUrl}/__sandbox/hubspot${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function run(
  actionId: string,
  objectId: string,
  inputFields: Record<string, unknown> = { model: 'default' },
) {
  const res = await adminCall('POST', '/workflows/run', {
    actionId,
    objectId,
    objectType: 'COMPANY',
    inputFields,
  });
  expect(res.status).toBe(200);
  return res.body as unknown as Execution;
}

async function executions(): Promise<Execution[]> {
  return (await adminCall('GET', '/workflows/executions')).body.results as Execution[];
}

async function company(name = 'Muster AG') {
  return (await env.client().crm.companies.basicApi.create({ properties: { name }, associations: [] })).id;
}

describe('custom workflow actions', () => {
  it('creates, reads, pages, revises and archives action definitions through @hubspot/api-client', async () => {
    const api = dev.automation.actions.definitionsApi;
    const created = await api.create(APP_ID, egg('https://kam.example.com/hubspot/actions/recompute'));
    expect(created).toMatchObject({
      actionUrl: 'https://kam.example.com/hubspot/actions/recompute',
      published: true,
      objectTypes: ['COMPANY'],
      revisionId: '1',
      functions: [],
    });
    expect((await api.getById(created.id, APP_ID)).labels.en!.actionName).toBe('Recompute KAM score');
    const second = await api.create(APP_ID, egg('https://kam.example.com/other'));
    const page = await api.getPage(APP_ID, 1);
    expect(page.results.map((d) => d.id)).toEqual([created.id]);
    expect(page.paging?.next?.after).toBe(created.id);
    const updated = await api.update(created.id, APP_ID, { published: false });
    expect(updated).toMatchObject({ published: false, revisionId: '2', actionUrl: created.actionUrl });
    await api.archive(second.id, APP_ID);
    expect((await failure(api.getById(second.id, APP_ID))).code).toBe(404);
    expect((await api.getById(second.id, APP_ID, true)).archivedAt).toEqual(expect.any(Number));
    const noEnglish = await failure(api.create(APP_ID, { ...egg('https://x.example.com'), labels: {} }));
    expect(noEnglish).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
  });

  it('calls the action URL signed like HubSpot and records the synchronous output fields', async () => {
    const action = await dev.automation.actions.definitionsApi.create(APP_ID, egg(receiver.url));
    receiver.answer = () => ({
      status: 200,
      body: { outputFields: { kam_score: '82', hs_execution_state: 'SUCCESS' } },
    });
    const companyId = await company();
    const execution = await run(action.id, companyId, { model: 'standard' });
    expect(execution).toMatchObject({
      state: 'SUCCEEDED',
      statusCode: 200,
      outputFields: { kam_score: '82' },
    });

    const [call] = receiver.received;
    expect(call!.json).toEqual({
      callbackId: execution.callbackId,
      origin: expect.objectContaining({
        portalId: 12345678,
        actionDefinitionId: Number(action.id),
        actionDefinitionVersion: 1,
      }),
      context: { source: 'WORKFLOWS', workflowId: 1 },
      object: { objectId: Number(companyId), objectType: 'COMPANY', properties: { name: 'Muster AG' } },
      fields: { model: 'standard' },
      inputFields: { model: 'standard' },
    });
    expect(verifies(call!)).toBe(true);
    const v2 = call!.headers['x-hubspot-signature'] as string;
    expect(
      verifyV1V2(CLIENT_SECRET, { method: 'POST', uri: call!.url, body: call!.rawBody }, v2, 'v2').valid,
    ).toBe(true);
    expect(await executions()).toEqual([
      expect.objectContaining({ callbackId: execution.callbackId, state: 'SUCCEEDED' }),
    ]);
  });

  it('blocks on BLOCK and completes on the callback, singly and in a batch', async () => {
    const action = await dev.automation.actions.definitionsApi.create(APP_ID, egg(receiver.url));
    receiver.answer = () => ({
      status: 200,
      body: { outputFields: { hs_execution_state: 'BLOCK', hs_expiration_duration: 'P1WT1H' } },
    });
    const [a, b, c] = [await company('A'), await company('B'), await company('C')];
    const blocked = await run(action.id, a);
    expect(blocked).toMatchObject({ state: 'BLOCKED', executionState: 'BLOCK' });
    const hours = (Date.parse(blocked.expiresAt!) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(168.9);
    expect(hours).toBeLessThan(169.1);

    const callbacks = env.client().automation.actions.callbacksApi;
    await callbacks.complete(blocked.callbackId, { outputFields: { kam_score: '64' } });
    const again = await failure(callbacks.complete(blocked.callbackId, { outputFields: {} }));
    expect(again.code).toBe(400);
    expect((await failure(callbacks.complete('ap-1-2-3-0', { outputFields: {} }))).code).toBe(404);

    const [x, y] = [await run(action.id, b), await run(action.id, c)];
    await callbacks.completeBatch({
      inputs: [
        { callbackId: x.callbackId, outputFields: { kam_score: '10' } },
        { callbackId: y.callbackId, outputFields: { hs_execution_state: 'FAIL_CONTINUE' } },
      ],
    });
    const states = Object.fromEntries(
      (await executions()).map((e) => [e.callbackId, [e.state, e.outputFields]]),
    );
    expect(states).toEqual({
      [blocked.callbackId]: ['COMPLETED', { kam_score: '64' }],
      [x.callbackId]: ['COMPLETED', { kam_score: '10' }],
      [y.callbackId]: ['FAILED', { hs_execution_state: 'FAIL_CONTINUE' }],
    });
  });

  it('expires blocked executions and refuses their callbacks', async () => {
    const action = await dev.automation.actions.definitionsApi.create(APP_ID, egg(receiver.url));
    receiver.answer = () => ({
      status: 200,
      body: { outputFields: { hs_execution_state: 'BLOCK' }, expirationDuration: 'PT0.05S' },
    });
    const blocked = await run(action.id, await company());
    expect(blocked.state).toBe('BLOCKED');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await executions())[0]!.state).toBe('EXPIRED');
    const late = await failure(
      env.client().automation.actions.callbacksApi.complete(blocked.callbackId, { outputFields: {} }),
    );
    expect(late.code).toBe(400);
  });

  it('records failed calls and refuses bad runs', async () => {
    const action = await dev.automation.actions.definitionsApi.create(APP_ID, egg(receiver.url));
    receiver.answer = () => 500;
    const companyId = await company();
    expect(await run(action.id, companyId)).toMatchObject({ state: 'FAILED', statusCode: 500 });
    const unknown = await adminCall('POST', '/workflows/run', {
      actionId: '1',
      objectId: companyId,
      objectType: 'COMPANY',
    });
    expect(unknown.status).toBe(404);
    const missing = await adminCall('POST', '/workflows/run', {
      actionId: action.id,
      objectId: companyId,
      objectType: 'COMPANY',
    });
    expect(missing).toMatchObject({ status: 400, body: { message: expect.stringContaining('model') } });
    const wrongType = await adminCall('POST', '/workflows/run', {
      actionId: action.id,
      objectId: companyId,
      objectType: 'CONTACT',
      inputFields: { model: 'x' },
    });
    expect(wrongType.status).toBe(400);
    const noRecord = await adminCall('POST', '/workflows/run', {
      actionId: action.id,
      objectId: '1',
      objectType: 'COMPANY',
      inputFields: { model: 'x' },
    });
    expect(noRecord.status).toBe(404);
  });
});
