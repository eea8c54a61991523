// Service benchmark: the KAM service end to end against the sandbox CRM, in three figures.
//   1. intake — HubSpot webhook events per second durably accepted by `POST /webhooks/hubspot`
//      (web role, SQLite store and queue), next to a bare Fastify route measured in the same run;
//   2. latency — from a CRM change (made through the SDKs at a steady rate) to its new score written
//      back into the CRM, p50 and p95, read against the coalescing window;
//   3. burst — EVENTS webhook events over ACCOUNTS HubSpot key accounts as fast as the service takes
//      them: re-scores per account and per event, and the time until the queue is empty.
// The sandbox paces like HubSpot (190 calls per 10 s per token) and the service's adapter paces
// itself to that: figures 2 and 3 include what the CRM's rate limit costs, as in production.
// Everything runs in this process (service, sandbox and clients share its event loop); details of
// each figure are in service-intake.js, service-latency.js and service-burst.js.
//
//   npm run bench:service   (builds first; SECONDS=5 CONCURRENCY=8 per intake figure; LATENCY_SECONDS=20
//                            HUBSPOT_RATE=10 SALESFORCE_RATE=5 changes/s; ACCOUNTS=1000 EVENTS=10000
//                            BURST_WAIT_SECONDS=100; KAM_COALESCE_MS is passed to the service)
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { SERVICE_VARIABLES } from '../dist/service/config.js';
import { measureBurst } from './service-burst.js';
import { benchPortfolio, hubSpotTargets } from './service-events.js';
import { measureIntake } from './service-intake.js';
import { histogramBucket, measureLatency, quantile } from './service-latency.js';
import { startRig } from './service-rig.js';

const SECONDS = Number(process.env.SECONDS ?? 5);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const LATENCY_SECONDS = Number(process.env.LATENCY_SECONDS ?? 20);
const HUBSPOT_RATE = Number(process.env.HUBSPOT_RATE ?? 10);
const SALESFORCE_RATE = Number(process.env.SALESFORCE_RATE ?? 5);
const ACCOUNTS = Number(process.env.ACCOUNTS ?? 1000);
const EVENTS = Number(process.env.EVENTS ?? 10_000);
const BURST_WAIT_SECONDS = Number(process.env.BURST_WAIT_SECONDS ?? 100);
const COALESCE_MS = process.env.KAM_COALESCE_MS ?? SERVICE_VARIABLES.KAM_COALESCE_MS.fallback;
const DEMO_ACCOUNTS = 36;

const began = performance.now();
const cpu = cpus();
const knobs = Object.entries({
  SECONDS,
  CONCURRENCY,
  LATENCY_SECONDS,
  HUBSPOT_RATE,
  SALESFORCE_RATE,
  ACCOUNTS,
  EVENTS,
  BURST_WAIT_SECONDS,
  KAM_COALESCE_MS: COALESCE_MS,
})
  .map(([k, v]) => `${k}=${v}`)
  .join(' ');
console.log(`service benchmark — npm run bench:service (${knobs})`);
console.log(
  `Node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB; service, sandbox and clients in one process`,
);

const seedStart = performance.now();
const portfolio = benchPortfolio(ACCOUNTS, new Date());
const rig = await startRig({
  hubspot: portfolio,
  salesforce: portfolio.slice(0, DEMO_ACCOUNTS),
  env: { KAM_COALESCE_MS: COALESCE_MS },
  observe: true,
});
const seedSeconds = (performance.now() - seedStart) / 1000;
const targets = hubSpotTargets(rig.seeded.hubspot);
const portalId = rig.sandbox.options.hubspot.portalId;
let burst;
try {
  const intake = await measureIntake({ targets, seconds: SECONDS, concurrency: CONCURRENCY, portalId });
  reportIntake(intake);

  const demoIds = (side) => Object.values(rig.seeded[side].accounts).slice(0, DEMO_ACCOUNTS);
  const latency = await measureLatency(rig, {
    hubspotIds: demoIds('hubspot'),
    salesforceIds: demoIds('salesforce'),
    seconds: LATENCY_SECONDS,
    hubspotRate: HUBSPOT_RATE,
    salesforceRate: SALESFORCE_RATE,
  });
  reportLatency(latency);

  burst = await measureBurst(rig, {
    targets,
    events: EVENTS,
    concurrency: CONCURRENCY,
    waitSeconds: BURST_WAIT_SECONDS,
  });
  reportBurst(burst);
} finally {
  const stopStart = performance.now();
  await rig.stop();
  console.log('');
  console.log(
    `setup ${seedSeconds.toFixed(1)} s (sandbox seeded with ${num(ACCOUNTS)} HubSpot and ${DEMO_ACCOUNTS} ` +
      `Salesforce accounts, service started); stop ${((performance.now() - stopStart) / 1000).toFixed(1)} s` +
      (burst?.emptyMs === undefined ? ' (running jobs finish first)' : '') +
      `; whole run ${((performance.now() - began) / 1000).toFixed(0)} s`,
  );
}

function reportIntake(r) {
  console.log('');
  console.log(
    `1. intake — POST /webhooks/hubspot, signed batches of 100 events, ${CONCURRENCY} keep-alive clients, ` +
      `${SECONDS} s per figure`,
  );
  console.log('                                          requests/s     events/s');
  console.log(
    `   bare Fastify route (parse JSON, 204) ${fix(r.bareRequests, 12)} ${fix(r.bareRequests * 100, 12)}`,
  );
  console.log(
    `   service (web role, SQLite)           ${fix(r.serviceRequests, 12)} ${fix(r.serviceEvents, 12)}`,
  );
  console.log(
    `   service ÷ bare: ${(r.serviceRequests / r.bareRequests).toFixed(3)} per request (same body); ` +
      `service events/s ÷ bare requests/s: ${(r.serviceEvents / r.bareRequests).toFixed(1)}`,
  );
  console.log(
    `   accepted ${num(r.received + r.ignored)} events → ${num(r.queued)} queued jobs (one per record, ` +
      `coalesced); ${num(r.rejected)} rejected`,
  );
}

function reportLatency(r) {
  console.log('');
  console.log(
    `2. latency from a CRM change to its new score written in the CRM — ${LATENCY_SECONDS} s of SDK updates ` +
      `over ${DEMO_ACCOUNTS} demo accounts per CRM; KAM_COALESCE_MS=${COALESCE_MS}, HubSpot webhook batch ` +
      `window 200 ms`,
  );
  console.log(
    '              changes/s  changes    p50 s    p95 s    max s  unmatched  re-scores  CRM calls (429s)',
  );
  for (const [name, rate, x] of [
    ['HubSpot', HUBSPOT_RATE, r.hubspot],
    ['Salesforce', SALESFORCE_RATE, r.salesforce],
  ]) {
    if (x.changes === 0) continue;
    const s = (q) => (quantile(x.latencies, q) / 1000).toFixed(2).padStart(8);
    console.log(
      `   ${name.padEnd(10)} ${String(rate).padStart(9)} ${String(x.changes).padStart(8)} ${s(0.5)} ${s(0.95)} ` +
        `${s(1)} ${String(x.unmatched).padStart(10)} ${String(x.rescores).padStart(10)} ` +
        `${String(x.calls).padStart(10)} (${x.rateLimited})`,
    );
  }
  const h = (q) => {
    const bucket = histogramBucket(r.histogram, q);
    return bucket ? `(${bucket[0]}, ${bucket[1]}] s` : 'none';
  };
  console.log(
    `   the service's kam_scoring_latency_seconds over the same time (both CRMs, per job from its first ` +
      `change): p50 in ${h(0.5)}, p95 in ${h(0.95)}`,
  );
  console.log(
    `   HubSpot calls ${(r.hubspot.calls / r.seconds).toFixed(1)}/s over the ${r.seconds.toFixed(0)} s ` +
      `(the portal allows 190 per 10 s)`,
  );
  console.log(`   queue empty ${(r.drainMs / 1000).toFixed(1)} s after the last change`);
}

function reportBurst(r) {
  console.log('');
  console.log(
    `3. burst — ${num(r.events)} webhook events over ${num(r.accounts)} HubSpot key accounts ` +
      `(${num(r.events / r.accounts)} each), batches of 100, ${CONCURRENCY} clients`,
  );
  const done = r.emptyMs !== undefined;
  const perAccount = r.rescores / r.accounts;
  console.log(
    `   intake          ${(r.intakeMs / 1000).toFixed(1)} s (${num(r.events / (r.intakeMs / 1000))} events/s), ` +
      `${num(r.received)} events accepted`,
  );
  console.log(
    done
      ? `   queue empty     ${(r.emptyMs / 1000).toFixed(1)} s after the first batch`
      : `   queue empty     not after ${(r.waitedMs / 1000).toFixed(0)} s: ${num(r.left)} jobs left ` +
          `(≈ ${num(r.left / (r.jobs / (r.waitedMs / 1000)))} s more at the rate so far; ` +
          `BURST_WAIT_SECONDS=${BURST_WAIT_SECONDS}); the figures below are so far`,
  );
  console.log(
    `   re-scores       ${num(r.rescores)} in ${num(r.jobs)} jobs: ${perAccount.toFixed(2)} per account ` +
      `(target ≤ 1: ${perAccount > 1 ? 'MISSED' : done ? 'ok' : 'not known yet'}), ${(r.rescores / r.events).toFixed(3)} per event`,
  );
  console.log(
    `   CRM             ${num(r.written)} scores written (changed), ${num(r.crmCalls)} HubSpot calls ` +
      `(${(r.crmCalls / Math.max(1, r.rescores)).toFixed(2)} per re-score), ${num(r.rateLimited)} answered 429`,
  );
}

function fix(x, width) {
  return Math.round(x).toLocaleString('en').padStart(width);
}

function num(x) {
  return Math.round(x).toLocaleString('en');
}
