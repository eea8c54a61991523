// Figure 1: intake throughput. Signed batches of 100 HubSpot events are posted to the service's
// `POST /webhooks/hubspot` by CONCURRENCY keep-alive clients for SECONDS; an event counts once its
// batch is answered 204, i.e. claimed for dedupe and queued durably (SQLite, in a temporary
// directory). The service runs as the web role only, so no worker competes for the machine.
// The baseline, measured in the same run with the same client and the same signed bodies, is a bare
// Fastify route that parses the JSON body and answers 204.
import Fastify from 'fastify';
import { performance } from 'node:perf_hooks';
import { hubSpotHeaders, HUBSPOT_APP_ID, metricValue, startRig } from './service-rig.js';
import { HubSpotEventSource } from './service-events.js';

const BATCH = 100;

/** Events/s into the service and requests/s into the bare route, for `targets` (see hubSpotTargets). */
export async function measureIntake({ targets, seconds, concurrency, portalId }) {
  const source = new HubSpotEventSource({ portalId, appId: HUBSPOT_APP_ID, seed: 7 });
  const post = async (url) => {
    const body = JSON.stringify(source.batch(targets, BATCH, Date.now()));
    const res = await globalThis.fetch(url, { method: 'POST', headers: hubSpotHeaders(url, body), body });
    const text = await res.text();
    if (res.status !== 204) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  };

  const bare = Fastify();
  bare.post('/webhooks/hubspot', async (request, reply) => {
    if (!Array.isArray(request.body)) return reply.code(400).send();
    return reply.code(204).send();
  });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${bare.server.address().port}/webhooks/hubspot`;
  const bareRate = await drive(() => post(bareUrl), seconds, concurrency);
  await bare.close();

  const rig = await startRig({ role: 'web' });
  try {
    const url = `${rig.serviceUrl}/webhooks/hubspot`;
    const serviceRate = await drive(() => post(url), seconds, concurrency);
    const samples = await rig.metrics();
    const depth = await rig.service.queue.depth();
    return {
      bareRequests: bareRate.perSecond,
      serviceRequests: serviceRate.perSecond,
      serviceEvents: serviceRate.perSecond * BATCH,
      batches: serviceRate.calls,
      received: metricValue(samples, 'kam_events_received_total', { source: 'hubspot' }),
      ignored: metricValue(samples, 'kam_events_ignored_total', { source: 'hubspot' }),
      rejected: metricValue(samples, 'kam_events_rejected_total', { source: 'hubspot' }),
      queued: depth.waiting,
    };
  } finally {
    await rig.stop();
  }
}

/**
 * Calls `fn` with `concurrency` calls in flight: a short warm-up, then `seconds` measured. Calls that
 * finish count; a failure stops the run (it would make the figure meaningless).
 */
async function drive(fn, seconds, concurrency) {
  const run = async (ms) => {
    const end = performance.now() + ms;
    let calls = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          await fn();
          calls++;
        }
      }),
    );
    return calls;
  };
  const warm = await run(500);
  const start = performance.now();
  const calls = await run(seconds * 1000);
  return { calls: calls + warm, measured: calls, perSecond: calls / ((performance.now() - start) / 1000) };
}
