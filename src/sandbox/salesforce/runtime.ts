import type { FastifyRequest } from 'fastify';
import type { SideContext } from '../side.js';
import type { ApiUsage } from './api-usage.js';
import type { Session, Sessions } from './auth/sessions.js';
import { invalidSession, SalesforceError } from './errors.js';
import type { SalesforceOptions } from './options.js';
import type { OutboundDispatcher } from './outbound/dispatcher.js';
import type { Schema } from './schema/registry.js';
import type { SfObject } from './schema/types.js';
import type { Dml } from './store/dml.js';
import type { RecordStore } from './store/records.js';
import type { QueryEngine } from './soql/engine.js';

/** Everything the Salesforce side's routes work with. */
export interface SalesforceRuntime {
  readonly ctx: SideContext;
  readonly options: SalesforceOptions;
  /** 18-character org id */
  readonly orgId: string;
  readonly schema: Schema;
  readonly store: RecordStore;
  readonly dml: Dml;
  readonly engine: QueryEngine;
  readonly sessions: Sessions;
  readonly usage: ApiUsage;
  readonly outbound: OutboundDispatcher;
  /** user id by username (lower case) */
  readonly users: ReadonlyMap<string, string>;
  readonly sessionOf: WeakMap<FastifyRequest, Session>;
}

/** The authenticated session of a `/services/data` request (set by the auth hook). */
export function sessionOf(rt: SalesforceRuntime, request: FastifyRequest): Session {
  const session = rt.sessionOf.get(request);
  if (!session) throw invalidSession();
  return session;
}

/** The object named in a `sobjects/{Type}` path: unknown types are 404 NOT_FOUND, as in Salesforce. */
export function objectOf(rt: SalesforceRuntime, type: string): SfObject {
  const object = rt.schema.object(type);
  if (!object) throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return object;
}

/** `https://host:port` of the request, the sandbox's instance URL. */
export const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
