import type { Logger } from 'pino';
import type { Queue } from '../jobs/port.js';
import type { Store } from '../store/port.js';
import type { ServiceConfig } from './config.js';
import type { ServiceMetrics } from './metrics.js';
import type { LinkSigner } from './workspace/link-token.js';
import type { PortfolioBuilder } from './workspace/portfolio.js';
import type { TenantPorts } from './tenants/tenant-ports.js';
import type { AccountScorer } from './worker/account-scorer.js';

/** What the HTTP routes work with; one per service instance. */
export interface ServiceContext {
  readonly config: ServiceConfig;
  readonly store: Store;
  readonly queue: Queue;
  readonly ports: TenantPorts;
  readonly metrics: ServiceMetrics;
  readonly log: Logger;
  readonly now: () => number;
  /** Scores on request (workflow action's quick path); the worker's own scorer when both run here. */
  readonly scorer: AccountScorer;
  /** False while shutting down: health says so, so a load balancer stops sending. */
  readonly accepting: () => boolean;
  /** Signs and checks workspace links. */
  readonly links: LinkSigner;
  readonly portfolio: PortfolioBuilder;
  /** The demo: `/` opens the workspace and `/api/demo/sessions` hands out a session per tenant. */
  readonly demo: boolean;
}
