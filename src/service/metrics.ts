import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallUsage } from '../crm/port.js';
import type { QueueDepth } from '../jobs/port.js';

export type EventSource = 'hubspot' | 'salesforce' | 'workflow' | 'card' | 'sweep';

export interface MetricsSources {
  /** The queue's depth, read at each scrape. */
  readonly queueDepth?: () => Promise<QueueDepth>;
  /** CRM calls per tenant so far in this process, read at each scrape. */
  readonly crmUsage?: () => ReadonlyMap<string, CallUsage>;
}

/** The service's Prometheus metrics, one registry per service instance (tests run several). */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly eventsReceived: Counter<'source'>;
  readonly eventsDuplicate: Counter<'source'>;
  readonly eventsRejected: Counter<'source' | 'reason'>;
  readonly eventsIgnored: Counter<'source'>;
  readonly jobsDone: Counter<'outcome'>;
  readonly accountsScored: Counter<'tenant'>;
  readonly scoringLatency: Histogram;

  constructor(sources: MetricsSources = {}) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'kam_process_' });
    this.eventsReceived = new Counter({
      name: 'kam_events_received_total',
      help: 'Events accepted for work (webhook events, outbound notifications, workflow actions, edits).',
      labelNames: ['source'],
      registers,
    });
    this.eventsDuplicate = new Counter({
      name: 'kam_events_duplicate_total',
      help: 'Events seen before (same event or notification id) and not queued again.',
      labelNames: ['source'],
      registers,
    });
    this.eventsRejected = new Counter({
      name: 'kam_events_rejected_total',
      help: 'Requests refused: bad signature, unknown tenant or organization, malformed body.',
      labelNames: ['source', 'reason'],
      registers,
    });
    this.eventsIgnored = new Counter({
      name: 'kam_events_ignored_total',
      help: 'Events that cannot change a score (score outputs, deletions of companies, other event types).',
      labelNames: ['source'],
      registers,
    });
    this.jobsDone = new Counter({
      name: 'kam_jobs_total',
      help: 'Jobs finished, by outcome (done, retry, dead).',
      labelNames: ['outcome'],
      registers,
    });
    this.accountsScored = new Counter({
      name: 'kam_accounts_scored_total',
      help: 'Accounts re-scored and written back (or already current), per tenant.',
      labelNames: ['tenant'],
      registers,
    });
    this.scoringLatency = new Histogram({
      name: 'kam_scoring_latency_seconds',
      help: 'From the event that asked for a score to the score being current in the CRM.',
      buckets: [0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 60, 300],
      registers,
    });
    if (sources.queueDepth) {
      const depth = sources.queueDepth;
      new Gauge({
        name: 'kam_queue_depth',
        help: 'Jobs in the queue by state (waiting, active, dead).',
        labelNames: ['state'],
        registers,
        async collect() {
          const d = await depth();
          this.set({ state: 'waiting' }, d.waiting);
          this.set({ state: 'active' }, d.active);
          this.set({ state: 'dead' }, d.dead);
        },
      });
    }
    if (sources.crmUsage) {
      const usage = sources.crmUsage;
      new Gauge({
        name: 'kam_crm_calls',
        help: 'CRM API calls made by this process, per tenant (every attempt counts).',
        labelNames: ['tenant'],
        registers,
        collect() {
          for (const [tenant, u] of usage()) this.set({ tenant }, u.calls);
        },
      });
      new Gauge({
        name: 'kam_crm_rate_limited',
        help: 'CRM answers "429 too many requests" seen by this process, per tenant.',
        labelNames: ['tenant'],
        registers,
        collect() {
          for (const [tenant, u] of usage()) this.set({ tenant }, u.rateLimited);
        },
      });
    }
  }
}
