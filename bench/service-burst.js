// Figure 3: re-scores per event for a burst. EVENTS webhook events spread evenly over ACCOUNTS
// HubSpot key accounts (each account gets the same number, shuffled together as a bulk edit or an
// import would send them) are posted as signed batches of 100, CONCURRENCY at a time, as fast as the
// service takes them. Then the queue is watched until it is empty (or BURST_WAIT_SECONDS). Re-scores are the service's
// `kam_accounts_scored_total` for the portal over the burst; the CRM's share is its calls and 429s.
import { performance } from 'node:perf_hooks';
import { hubSpotHeaders, HUBSPOT_APP_ID, metricValue } from './service-rig.js';
import { HubSpotEventSource, rng } from './service-events.js';

const BATCH = 100;

export async function measureBurst(rig, { targets, events, concurrency, waitSeconds }) {
  await rig.settle();
  const tenant = rig.tenants.hubspot;
  const before = await rig.metrics();
  const writesBefore = rig.scoreWrites().length;

  const source = new HubSpotEventSource({
    portalId: rig.sandbox.options.hubspot.portalId,
    appId: HUBSPOT_APP_ID,
    seed: 11,
  });
  const perAccount = Math.ceil(events / targets.length);
  const now = Date.now();
  const all = rng(3).shuffle(
    targets.flatMap((t) => Array.from({ length: perAccount }, () => source.event(t, now))).slice(0, events),
  );
  const bodies = [];
  for (let i = 0; i < all.length; i += BATCH) bodies.push(JSON.stringify(all.slice(i, i + BATCH)));

  const url = `${rig.serviceUrl}/webhooks/hubspot`;
  const start = performance.now();
  let nextBody = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextBody < bodies.length) {
        const body = bodies[nextBody++];
        const res = await globalThis.fetch(url, { method: 'POST', headers: hubSpotHeaders(url, body), body });
        const text = await res.text();
        if (res.status !== 204) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
      }
    }),
  );
  const intakeMs = performance.now() - start;
  const emptied = await rig.idle(waitSeconds * 1000);
  const emptyMs = emptied === undefined ? undefined : performance.now() - start;
  const left = await rig.service.queue.depth();
  const after = await rig.metrics();
  const delta = (name, labels) => metricValue(after, name, labels) - metricValue(before, name, labels);
  return {
    events: all.length,
    accounts: targets.length,
    intakeMs,
    /** undefined: the queue still held `left` after waitSeconds (the counts below are so far) */
    emptyMs,
    waitedMs: performance.now() - start,
    left: left.waiting + left.active,
    received: delta('kam_events_received_total', { source: 'hubspot' }),
    rescores: delta('kam_accounts_scored_total', { tenant }),
    jobs: delta('kam_jobs_total', {}),
    written: rig.scoreWrites().length - writesBefore,
    crmCalls: delta('kam_crm_calls', { tenant }),
    rateLimited: delta('kam_crm_rate_limited', { tenant }),
  };
}
