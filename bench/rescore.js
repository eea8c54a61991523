// Rescore benchmark: a full rescore of a large portfolio through each CRM adapter against the sandbox —
// listAccounts → loadSnapshots (CHUNK accounts at a time) → score → writeScores — and what it costs in
// API calls, measured by the adapter (`usage()`) and cross-checked with the sandbox's per-route stats.
//
// The portfolio is `generateSnapshots(N)` (≈8 contacts, ≈22 deals and the KAM records per account),
// contact e-mails made unique (HubSpot refuses a second contact with an e-mail already held), seeded
// straight into the side's store (`sandbox.sides[…].seed`, what `POST /__sandbox/seed` does). The seeded
// outputs are empty, so every account's score changes and is written.
//
// Contacts keep their e-mails (HubSpot checks them for uniqueness through an index);
// HUBSPOT_EMAILS=0 leaves them out, which changes no call count.
//
// Lower bound of calls for that data (the fewest a batch-only implementation could make):
//   HubSpot:     ceil(N / 200)                         listing (search, 200 per page)
//              + ceil(N / 100)                         companies (batch read, 100 per call)
//              + Σ over associated types ceil(N / 1,000)       associations v4 (1,000 inputs per call)
//              + Σ over associated types ceil(records / 100)   batch read of the associated records
//              + ceil(changed / 100)                   batch update of the changed companies
//   Salesforce:  ceil(N / 2,000)                       listing (one query page holds 2,000 ids)
//              + ceil(N / 200)                         snapshot queries (children as sub-queries)
//              + queryMore pages the data needs: per snapshot query ceil(parents / 2,000) − 1 (0: a
//                query names at most 200 accounts) plus the extra pages of child lists the org answers
//                with done: false (the sandbox answers child lists whole: 0)
//              + ceil(changed / 200)                   sObject Collections update (200 per call)
// Naive (one record at a time): one GET per record of every type read (accounts/companies, contacts,
// deals, the KAM records) + one PATCH per changed account — from the seeded record counts.
// At the limit: HubSpot private apps get 190 calls per 10 s = 19 calls/s, so a rescore runs at
// N / (calls / 19) accounts/s; the limit's own ceiling is N / (lower bound / 19).
//
// The sandbox and the adapters run with rate limits far above the load, so the wall time measures the
// adapters and the sandbox, not waiting; the rate-limited figures are computed from the call counts.
//
//   npm run bench:rescore   (builds first; ACCOUNTS=… (both sides), HUBSPOT_ACCOUNTS=…, HUBSPOT_EMAILS=0,
//                            CHUNK=…, SIDES=hubspot,salesforce)
import { performance } from 'node:perf_hooks';
import { DEFAULT_MODEL, score } from '../dist/core/index.js';
import { generateSnapshots } from '../dist/core/demo/index.js';
import { HubSpotAdapter } from '../dist/crm/hubspot/adapter/index.js';
import { SalesforceAdapter } from '../dist/crm/salesforce/adapter/index.js';
import { createSandbox } from '../dist/sandbox/index.js';

const ACCOUNTS = Number(process.env.ACCOUNTS ?? 10_000);
const HUBSPOT_ACCOUNTS = Number(process.env.HUBSPOT_ACCOUNTS ?? ACCOUNTS);
const HUBSPOT_EMAILS = process.env.HUBSPOT_EMAILS !== '0';
const CHUNK = Number(process.env.CHUNK ?? 1_000);
const SIDES = (process.env.SIDES ?? 'hubspot,salesforce').split(',');
const NOW = new Date('2026-11-27T09:00:00Z');
const TOKEN = 'pat-na1-bench-0000-0000-000000000000';
const LIMIT_PER_SECOND = 19; // HubSpot: 190 calls per 10 s
const TARGET_RATIO = 1.2;
const TARGET_NAIVE = 10;

/** What each side's seed reports besides records, and records the snapshot load never reads. */
const NOT_READ = new Set([
  'propertyGroups',
  'properties',
  'schemas',
  'owners',
  'industryOptions',
  'dealStages',
  'associations',
  'User',
  'Task',
]);

const generated = performance.now();
const portfolio = uniqueEmails(generateSnapshots(Math.max(ACCOUNTS, HUBSPOT_ACCOUNTS), { now: NOW }));
const generatedMs = performance.now() - generated;

const results = [];
for (const kind of SIDES) results.push(await rescore(kind, kind === 'hubspot' ? HUBSPOT_ACCOUNTS : ACCOUNTS));

console.log(
  `rescore benchmark — Node ${process.version}, chunks of ${CHUNK.toLocaleString('en')} accounts, ` +
    `portfolio generated in ${(generatedMs / 1000).toFixed(1)} s`,
);
for (const r of results) report(r);

/** Seeds n accounts into a fresh sandbox's `kind` side, then rescores them all through the adapter. */
async function rescore(kind, n) {
  const sandbox = await createSandbox({
    port: 0,
    hubspot: { privateAppTokens: [TOKEN], rateLimit: { max: 1e9, daily: 1e9, searchPerSecond: 1e6 } },
    salesforce: { dailyApiRequests: 1e9 },
  });
  const url = await sandbox.start();
  try {
    const side = sandbox.sides.find((s) => s.name === kind);
    const seedStart = performance.now();
    const accounts = portfolio.slice(0, n);
    const seeded = await side.seed(
      kind === 'hubspot' && !HUBSPOT_EMAILS ? withoutEmails(accounts) : accounts,
      {
        deliver: false,
        lang: 'de',
      },
    );
    const seedMs = performance.now() - seedStart;
    await globalThis.fetch(`${url}/__sandbox/stats`, { method: 'DELETE' });

    const port =
      kind === 'hubspot'
        ? new HubSpotAdapter({ accessToken: TOKEN, basePath: url, policy: { maxCalls: 1e9 } })
        : new SalesforceAdapter({
            instanceUrl: url,
            accessToken: sandbox
              .credentials()
              .find((c) => c.side === 'salesforce' && c.kind === 'access_token').value,
          });
    const start = performance.now();
    const ids = [];
    for await (const page of port.listAccounts()) ids.push(...page);
    const listCalls = port.usage().calls;
    let loadCalls = 0;
    let writeCalls = 0;
    let written = 0;
    let unchanged = 0;
    const failures = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const before = port.usage().calls;
      const batch = await port.loadSnapshots(ids.slice(i, i + CHUNK));
      const loaded = port.usage().calls;
      failures.push(...batch.failures);
      // listed as key accounts, so a load that says otherwise is a fault of the listing
      for (const accountId of batch.notKeyAccounts) failures.push({ accountId, reason: 'not a key account' });
      const writes = batch.snapshots.map((s) => ({
        accountId: s.account.id,
        result: score(s, DEFAULT_MODEL, NOW),
      }));
      const summary = await port.writeScores(writes, 'de');
      written += summary.written;
      unchanged += summary.unchanged;
      failures.push(...summary.failures);
      loadCalls += loaded - before;
      writeCalls += port.usage().calls - loaded;
    }
    const wallMs = performance.now() - start;
    const stats = await (await globalThis.fetch(`${url}/__sandbox/stats`)).json();
    const byRoute = Object.entries(stats.byRoute).filter(([route]) => !route.includes('/__sandbox'));
    return {
      kind,
      n,
      listed: ids.length,
      seedMs,
      wallMs,
      usage: port.usage(),
      phases: { listCalls, loadCalls, writeCalls },
      written,
      unchanged,
      failures,
      sandboxCalls: byRoute.reduce((sum, [, count]) => sum + count, 0),
      byRoute,
      created: seeded.created,
      emails: kind !== 'hubspot' || HUBSPOT_EMAILS,
    };
  } finally {
    await sandbox.stop();
  }
}

/** The lower bound and the naive count for this side's data (formulas in the header). */
function bounds(r) {
  const readTypes = Object.entries(r.created).filter(([type]) => !NOT_READ.has(type));
  const records = readTypes.reduce((sum, [, count]) => sum + count, 0);
  const naive = records + r.written;
  if (r.kind === 'hubspot') {
    const parts = readTypes.filter(([type]) => type !== 'companies');
    const lower =
      Math.ceil(r.n / 200) +
      Math.ceil(r.n / 100) +
      parts.length * Math.ceil(r.n / 1000) +
      parts.reduce((sum, [, count]) => sum + Math.ceil(count / 100), 0) +
      Math.ceil(r.written / 100);
    return { lower, naive, records, readTypes };
  }
  const snapshotQueries = Math.ceil(r.n / 200);
  const queryMore = 0; // ≤200 parents per query < 2,000 per page; the sandbox answers child lists whole
  const lower = Math.ceil(r.n / 2000) + snapshotQueries + queryMore + Math.ceil(r.written / 200);
  return { lower, naive, records, readTypes };
}

function report(r) {
  const { lower, naive, records, readTypes } = bounds(r);
  const calls = r.usage.calls;
  const ratio = calls / lower;
  const perSecond = r.listed / (r.wallMs / 1000);
  const atLimit = (LIMIT_PER_SECOND * r.n) / calls;
  const ceiling = (LIMIT_PER_SECOND * r.n) / lower;
  const ok = (good) => (good ? 'ok' : 'MISSED');
  const num = (x) => Math.round(x).toLocaleString('en');
  console.log('');
  console.log(
    `${r.kind}: ${num(r.n)} accounts, ${num(records)} records read (` +
      readTypes.map(([t, c]) => `${t} ${num(c)}`).join(', ') +
      `), seeded in ${(r.seedMs / 1000).toFixed(1)} s${r.emails ? '' : ', contacts without e-mails'}`,
  );
  console.log(
    `  rescored        ${num(r.listed)} listed, ${num(r.written)} written, ${num(r.unchanged)} unchanged, ` +
      `${r.failures.length} failures`,
  );
  console.log(
    `  API calls       ${num(calls)} (list ${num(r.phases.listCalls)}, load ${num(r.phases.loadCalls)}, ` +
      `write ${num(r.phases.writeCalls)}; retries ${r.usage.retries}, 429s ${r.usage.rateLimited})`,
  );
  console.log(
    `  sandbox counted ${num(r.sandboxCalls)} ${r.sandboxCalls === calls ? '(= adapter usage)' : '(≠ adapter usage!)'}: ` +
      r.byRoute.map(([route, c]) => `${route} ${num(c)}`).join('; '),
  );
  console.log(
    `  lower bound     ${num(lower)}   ours/bound ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO}: ${ok(ratio <= TARGET_RATIO)})`,
  );
  console.log(
    `  naive           ${num(naive)}   naive/ours ${(naive / calls).toFixed(1)} (target ≥ ${TARGET_NAIVE}: ${ok(naive / calls >= TARGET_NAIVE)})`,
  );
  console.log(
    `  wall time       ${(r.wallMs / 1000).toFixed(1)} s, ${num(perSecond)} accounts/s (sandbox on this machine)`,
  );
  console.log(
    `  at 19 calls/s   ${(calls / r.n).toFixed(3)} calls/account → ${atLimit.toFixed(1)} accounts/s ` +
      `(${num(r.n / atLimit)} s for the portfolio); the limit's ceiling ${ceiling.toFixed(1)} accounts/s` +
      (r.kind === 'hubspot' ? '' : " (HubSpot's limit, for comparison: Salesforce counts calls per day)"),
  );
}

/** Contact e-mails made unique across the portfolio (`anna.berg@x.de` again → `anna.berg2@x.de`). */
function uniqueEmails(snapshots) {
  const seen = new Set();
  return snapshots.map((s) => ({
    ...s,
    contacts: s.contacts.map((c) => {
      if (c.email === undefined) return c;
      const at = c.email.lastIndexOf('@');
      let email = c.email;
      for (let i = 2; seen.has(email.toLowerCase()); i++)
        email = `${c.email.slice(0, at)}${i}${c.email.slice(at)}`;
      seen.add(email.toLowerCase());
      return email === c.email ? c : { ...c, email };
    }),
  }));
}

/** Contacts without e-mail addresses (see the header: HubSpot's side seeds faster without them). */
function withoutEmails(snapshots) {
  return snapshots.map((s) => ({ ...s, contacts: s.contacts.map(({ email: _email, ...c }) => c) }));
}
