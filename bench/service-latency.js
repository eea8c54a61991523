// Figure 2: latency from a CRM change to the new score written back, under a steady stream of real
// changes made through the SDKs (@hubspot/api-client, jsforce) to the five selection ratings of key
// accounts, taken in turn, so one account changes every (accounts ÷ rate) seconds.
//
// Every change must move the score, also when the service coalesces several changes of one account
// into one re-score (else nothing is written and the changes look lost): the ratings are first all
// set to 1, then each change raises one of them by one, so the sum of an account's ratings — and its
// attractiveness — only grows (20 steps; a longer stream walks back down).
//
// When a change happened: HubSpot's `updatedAt` of the update (the sandbox's write time); Salesforce:
// when the update was sent. When its score was written: HubSpot — the sandbox's time of the
// `kam_scored_at` write, delivered by the observer app's webhooks (exact); Salesforce — `SystemModstamp`
// of the Account seen by polling every POLL_MS with a new `KAM_Scored_At__c` (exact unless another
// change touched the account before the poll; then the poll's time, at most POLL_MS late). A change's
// latency ends at the first write of its account whose score was computed after the change.
import { setTimeout as sleep } from 'node:timers/promises';
import { metricValue } from './service-rig.js';

const RATINGS = {
  hubspot: [
    'kam_rating_strategic_fit',
    'kam_rating_reference_value',
    'kam_rating_innovation',
    'kam_rating_centralised_purchasing',
    'kam_rating_creditworthiness',
  ],
  salesforce: [
    'KAM_Rating_Strategic_Fit__c',
    'KAM_Rating_Reference_Value__c',
    'KAM_Rating_Innovation__c',
    'KAM_Rating_Centralised_Purchasing__c',
    'KAM_Rating_Creditworthiness__c',
  ],
};
const POLL_MS = 100;

/** Runs the stream for `seconds` and answers the latencies per CRM (ms, sorted) and what was left over. */
export async function measureLatency(
  rig,
  { hubspotIds, salesforceIds, seconds, hubspotRate, salesforceRate },
) {
  await resetRatings(rig, hubspotIds, salesforceIds);
  await rig.settle();
  const before = await rig.metrics();
  const began = Date.now();
  const sfWrites = [];
  const polling = pollSalesforce(rig, salesforceIds, sfWrites);
  const hsWritesBefore = rig.scoreWrites().length;

  const changes = { hubspot: [], salesforce: [] };
  const steps = new Map();
  const hubspotChange = async (id) => {
    const [field, value] = nextStep(steps, 'hubspot', id);
    const r = await rig.hubspot.crm.companies.basicApi.update(id, { properties: { [field]: String(value) } });
    changes.hubspot.push({ id, at: r.updatedAt.getTime() });
  };
  const salesforceChange = async (id) => {
    const [field, value] = nextStep(steps, 'salesforce', id);
    const at = Date.now();
    const r = await rig.salesforce.sobject('Account').update({ Id: id, [field]: value });
    if (!r.success) throw new Error(`Salesforce update of ${id} failed: ${JSON.stringify(r.errors)}`);
    changes.salesforce.push({ id, at });
  };
  await Promise.all([
    stream(hubspotIds, hubspotRate, seconds, hubspotChange),
    stream(salesforceIds, salesforceRate, seconds, salesforceChange),
  ]);
  const streamEnd = Date.now();
  await sleep(500); // the last changes' webhooks (batch window 200 ms) and outbound messages arrive
  await rig.idle();
  const drainMs = Date.now() - streamEnd;
  await sleep(1_000); // the observer's webhook batch window and the last poll
  polling.stop();
  await polling.done;

  const after = await rig.metrics();
  const elapsed = (Date.now() - began) / 1000;
  const delta = (name, labels) => metricValue(after, name, labels) - metricValue(before, name, labels);
  const hsWrites = rig
    .scoreWrites()
    .slice(hsWritesBefore)
    .map((w) => ({ id: w.companyId, ...w }));
  const crm = (tenant) => ({
    calls: delta('kam_crm_calls', { tenant }),
    rateLimited: delta('kam_crm_rate_limited', { tenant }),
    rescores: delta('kam_accounts_scored_total', { tenant }),
  });
  return {
    drainMs,
    seconds: elapsed,
    hubspot: { ...match(changes.hubspot, hsWrites), ...crm(rig.tenants.hubspot) },
    salesforce: { ...match(changes.salesforce, sfWrites), ...crm(rig.tenants.salesforce) },
    histogram: histogramDelta(before, after, 'kam_scoring_latency_seconds'),
  };
}

/** Sets every selection rating of the accounts to 1, in one batch call per CRM. */
async function resetRatings(rig, hubspotIds, salesforceIds) {
  if (hubspotIds.length > 0) {
    const properties = Object.fromEntries(RATINGS.hubspot.map((f) => [f, '1']));
    await rig.hubspot.crm.companies.batchApi.update({ inputs: hubspotIds.map((id) => ({ id, properties })) });
  }
  if (salesforceIds.length > 0) {
    const ones = Object.fromEntries(RATINGS.salesforce.map((f) => [f, 1]));
    const results = await rig.salesforce
      .sobject('Account')
      .update(salesforceIds.map((Id) => ({ Id, ...ones })));
    const failed = results.filter((r) => !r.success);
    if (failed.length > 0) throw new Error(`Salesforce rating reset failed: ${JSON.stringify(failed[0])}`);
  }
}

/**
 * The k-th change of an account (k = 1, 2, …): raises rating (k − 1) mod 5 to 2 + ⌊(k − 1) / 5⌋, so
 * from all ratings at 1 the sum grows by one per change up to all at 5 (k = 20); then it walks back.
 */
function nextStep(steps, crm, id) {
  const key = `${crm}:${id}`;
  const k = (steps.get(key) ?? 0) + 1;
  steps.set(key, k);
  const phase = (k - 1) % 40; // 0…19 up, 20…39 down
  const field = RATINGS[crm][phase % 5];
  const value = phase < 20 ? 2 + Math.floor(phase / 5) : 4 - Math.floor((phase - 20) / 5);
  return [field, value];
}

/**
 * Calls `change(id)` `rate` times a second for `seconds`, on a fixed schedule (a slow call does not
 * delay the next one), taking the accounts in turn.
 */
async function stream(ids, rate, seconds, change) {
  if (rate <= 0 || ids.length === 0) return;
  const start = Date.now();
  const total = Math.round(rate * seconds);
  const calls = [];
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    calls.push(change(ids[k % ids.length]));
  }
  await Promise.all(calls);
}

/** Polls the accounts' score time and modstamp; each new score time is one write. */
function pollSalesforce(rig, ids, writes) {
  const soql = `SELECT Id, KAM_Scored_At__c, SystemModstamp FROM Account WHERE Id IN (${ids
    .map((id) => `'${id}'`)
    .join(',')})`;
  const last = new Map();
  let running = ids.length > 0;
  const done = (async () => {
    let first = true;
    while (running) {
      const { records } = await rig.salesforce.query(soql);
      const polledAt = Date.now();
      for (const a of records) {
        const scoredAt = a.KAM_Scored_At__c ? Date.parse(a.KAM_Scored_At__c) : 0;
        if (scoredAt !== (last.get(a.Id) ?? 0) && !first) {
          const stamp = Date.parse(a.SystemModstamp);
          const at = stamp >= scoredAt && stamp <= polledAt ? stamp : polledAt;
          writes.push({ id: a.Id, at, scoredAt });
        }
        last.set(a.Id, scoredAt);
      }
      first = false;
      await sleep(POLL_MS);
    }
  })();
  return {
    done,
    stop() {
      running = false;
    },
  };
}

/** Each change's latency: to the first write of its account scored after the change. */
function match(changes, writes) {
  const byId = new Map();
  for (const w of writes) {
    const list = byId.get(w.id) ?? [];
    list.push(w);
    byId.set(w.id, list);
  }
  for (const list of byId.values()) list.sort((a, b) => a.scoredAt - b.scoredAt);
  const latencies = [];
  let unmatched = 0;
  for (const c of changes) {
    const w = byId.get(c.id)?.find((x) => x.scoredAt >= c.at);
    if (w) latencies.push(w.at - c.at);
    else unmatched++;
  }
  latencies.sort((a, b) => a - b);
  return { changes: changes.length, writes: writes.length, latencies, unmatched };
}

/** The q-quantile (0…1) of sorted values, nearest rank. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** A histogram's cumulative buckets (seconds) counted between two scrapes, in ascending order. */
function histogramDelta(before, after, name) {
  const bucket = `${name}_bucket`;
  return after
    .filter((s) => s.name === bucket)
    .map((s) => ({
      le: s.labels.le === '+Inf' ? Infinity : Number(s.labels.le),
      count: s.value - metricValue(before, bucket, { le: s.labels.le }),
    }))
    .sort((a, b) => a.le - b.le);
}

/**
 * The bucket a quantile (0…1) falls in, as [lower, upper] bounds in seconds: the histogram knows no
 * more than that, and interpolating inside a wide bucket (10 s to 30 s) would invent a figure.
 */
export function histogramBucket(buckets, q) {
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return undefined;
  let lower = 0;
  for (const b of buckets) {
    if (b.count >= q * total) return [lower, b.le];
    lower = b.le;
  }
  return [lower, Infinity];
}
