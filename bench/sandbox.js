// Sandbox benchmark: requests per second for batch read and batch update of 100 records, sent through
// the official SDKs as the product sends them — @hubspot/api-client (companies batch read/update) and
// jsforce (Account collections retrieve/update). The baseline, measured in the same run and called the
// same way, is a bare Fastify server answering the same routes with a fixed body: the ratio says what
// the sandbox's own work (auth, rate limit, validation, SQLite) costs.
//
//   npm run bench:sandbox            (builds first; SECONDS=… and CONCURRENCY=… to change the load)
import { Client } from '@hubspot/api-client';
import Fastify from 'fastify';
import jsforce from 'jsforce';
import { performance } from 'node:perf_hooks';
import { createSandbox } from '../dist/sandbox/index.js';

const SECONDS = Number(process.env.SECONDS ?? 3);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const TOKEN = 'pat-na1-bench-0000-0000-000000000000';
const BATCH = 100;

const sandbox = await createSandbox({
  port: 0,
  hubspot: { privateAppTokens: [TOKEN], rateLimit: { max: 1e9, daily: 1e9 } },
});
const sandboxUrl = await sandbox.start();
const hs = client(sandboxUrl);

const created = await hs.crm.companies.batchApi.create({
  inputs: Array.from({ length: BATCH }, (_, i) => ({
    properties: { name: `Bench GmbH ${i}`, city: 'Ulm', annualrevenue: String(1_000_000 + i) },
    associations: [],
  })),
});
const ids = created.results.map((r) => r.id);
const readBody = {
  inputs: ids.map((id) => ({ id })),
  properties: ['name', 'city', 'annualrevenue'],
  propertiesWithHistory: [],
};
const updateBody = (n) => ({ inputs: ids.map((id) => ({ id, properties: { annualrevenue: String(n) } })) });

// the baseline answers with what the sandbox answered, fixed
const fixedRead = JSON.stringify(
  await (
    await hs.apiRequest({ method: 'POST', path: '/crm/v3/objects/companies/batch/read', body: readBody })
  ).json(),
);
const fixedUpdate = JSON.stringify(
  await (
    await hs.apiRequest({
      method: 'POST',
      path: '/crm/v3/objects/companies/batch/update',
      body: updateBody(1),
    })
  ).json(),
);
const baseline = Fastify();
baseline.post('/crm/v3/objects/companies/batch/read', async (_req, reply) =>
  reply.type('application/json').send(fixedRead),
);
baseline.post('/crm/v3/objects/companies/batch/update', async (_req, reply) =>
  reply.type('application/json').send(fixedUpdate),
);
// Salesforce: 100 accounts, read and updated through sObject collections
const sfToken = sandbox.credentials().find((c) => c.side === 'salesforce' && c.kind === 'access_token').value;
const sf = connection(sandboxUrl);
const accounts = await sf.sobject('Account').create(
  Array.from({ length: BATCH }, (_, i) => ({
    Name: `Bench AG ${i}`,
    BillingCity: 'Ulm',
    AnnualRevenue: 1_000_000 + i,
  })),
);
const accountIds = accounts.map((r) => r.id);
const sfFields = ['Id', 'Name', 'BillingCity', 'AnnualRevenue'];
const sfUpdates = (n) => accountIds.map((Id) => ({ Id, AnnualRevenue: n }));
const fixedRetrieve = JSON.stringify(await sf.sobject('Account').retrieve(accountIds, { fields: sfFields }));
const fixedSave = JSON.stringify(await sf.sobject('Account').update(sfUpdates(1)));
baseline.post('/services/data/:version/composite/sobjects/:type', async (_req, reply) =>
  reply.type('application/json').send(fixedRetrieve),
);
baseline.patch('/services/data/:version/composite/sobjects', async (_req, reply) =>
  reply.type('application/json').send(fixedSave),
);

await baseline.listen({ host: '127.0.0.1', port: 0 });
const bareUrl = `http://127.0.0.1:${baseline.server.address().port}`;
const bare = client(bareUrl);
const bareSf = connection(bareUrl);

function connection(instanceUrl) {
  return new jsforce.Connection({ instanceUrl, accessToken: sfToken, version: '62.0' });
}

function client(basePath) {
  return new Client({ accessToken: TOKEN, basePath, numberOfApiCallRetries: 0 });
}

/** Calls `fn` with CONCURRENCY calls in flight for SECONDS (after a short warm-up); calls per second. */
async function measure(fn) {
  const until = async (ms) => {
    const end = performance.now() + ms;
    let calls = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          await fn(calls++);
        }
      }),
    );
    return calls;
  };
  await until(300);
  const start = performance.now();
  const calls = await until(SECONDS * 1000);
  return calls / ((performance.now() - start) / 1000);
}

const rows = [];
for (const [name, call] of [
  ['batch read of 100 companies', (c) => c.crm.companies.batchApi.read(readBody)],
  ['batch update of 100 companies', (c, n) => c.crm.companies.batchApi.update(updateBody(n))],
]) {
  const sandboxRate = await measure((n) => call(hs, n));
  const baselineRate = await measure((n) => call(bare, n));
  rows.push([name, sandboxRate, baselineRate]);
}
for (const [name, call] of [
  ['retrieve of 100 Accounts', (c) => c.sobject('Account').retrieve(accountIds, { fields: sfFields })],
  ['update of 100 Accounts', (c, n) => c.sobject('Account').update(sfUpdates(n))],
]) {
  const sandboxRate = await measure((n) => call(sf, n));
  const baselineRate = await measure((n) => call(bareSf, n));
  rows.push([name, sandboxRate, baselineRate]);
}

console.log(
  `sandbox benchmark — @hubspot/api-client and jsforce, ${CONCURRENCY} calls in flight, ${SECONDS} s per figure`,
);
console.log('');
console.log('operation                        sandbox req/s   baseline req/s   sandbox/baseline');
for (const [name, s, b] of rows) {
  console.log(
    `${name.padEnd(32)} ${s.toFixed(0).padStart(13)} ${b.toFixed(0).padStart(16)} ${(s / b).toFixed(2).padStart(18)}`,
  );
  console.log(`${''.padEnd(32)} ${(s * BATCH).toFixed(0).padStart(13)} records/s`);
}
console.log('');
console.log('baseline: bare Fastify returning the same body, fixed; same SDK, same process');

await baseline.close();
await sandbox.stop();
