import type { AccountSnapshot } from '../core/model/index.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DatabaseSync } from 'node:sqlite';
import type { FaultInjector, SideName } from './faults.js';
import type { ResolvedSandboxOptions } from './options.js';
import type { SeedOptions, SideSeedResult } from './seed/types.js';
import type { StatsCounter } from './stats.js';

/** What every CRM side gets from the foundation. */
export interface SideContext {
  readonly db: DatabaseSync;
  readonly options: ResolvedSandboxOptions;
  readonly faults: FaultInjector;
  readonly stats: StatsCounter;
  readonly now: () => Date;
}

/** A credential a side accepts, as listed by `GET /__sandbox/tokens` and printed at start. */
export interface SandboxCredential {
  readonly side: SideName;
  readonly kind: string;
  readonly value: string;
  readonly description: string;
}

/**
 * One CRM stand-in (HubSpot, Salesforce): its tables, its routes as one Fastify plugin, its reset.
 * The foundation knows sides only through this interface.
 */
export interface SandboxSide {
  readonly name: SideName;
  /** registers the side's routes (and its hooks, encapsulated) on the root app */
  register(app: FastifyInstance): Promise<void>;
  /** forgets all records and issued credentials; keeps configured credentials */
  reset(): void;
  credentials(): readonly SandboxCredential[];
  /** URL prefixes the side answers unknown routes for ('' = everything not claimed otherwise) */
  readonly pathPrefix: string;
  /** answers a request no route matched, in the side's error shape */
  notFound(request: FastifyRequest, reply: FastifyReply): void;
  /** loads snapshots through the side's CRM mapping (see `seed/`); refuses a side that holds records */
  seed?(snapshots: readonly AccountSnapshot[], options: SeedOptions): Promise<SideSeedResult>;
}

export type SideFactory = (ctx: SideContext) => SandboxSide;
