import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { instrumentSide } from '../instrument.js';
import type { SandboxCredential, SandboxSide, SideContext, SideFactory } from '../side.js';
import { ApiUsage } from './api-usage.js';
import { Sessions } from './auth/sessions.js';
import { notFound, SalesforceError } from './errors.js';
import { toId18 } from './ids.js';
import { SalesforceOptions } from './options.js';
import type { ConnectedApp, SalesforceOptionsInput } from './options.js';
import { OutboundDispatcher } from './outbound/dispatcher.js';
import { registerCollections } from './routes/collections.js';
import { bearerOf, registerData } from './routes/data.js';
import { installHttp } from './routes/http.js';
import { registerIdentity } from './routes/identity.js';
import { registerOAuth } from './routes/oauth.js';
import { registerQuery } from './routes/query.js';
import { registerSObjects } from './routes/sobjects.js';
import type { SalesforceRuntime } from './runtime.js';
import { loadSchema } from './schema/registry.js';
import { Dml } from './store/dml.js';
import { RecordStore } from './store/records.js';
import { clearTables, createTables } from './store/tables.js';
import { QueryEngine } from './soql/engine.js';
import { seedUsers, userIdOf } from './users.js';
import { registerOutboundAdmin } from './routes/outbound-admin.js';
import { seedPortfolio } from './seed/seed-portfolio.js';

const secret = (bytes: number) => randomBytes(bytes).toString('base64url');

/**
 * A Salesforce side with its own options (org id, users, connected apps, API limit, outbound
 * endpoints, …), overriding the sandbox's `salesforce` options.
 */
export function salesforceSide(input: SalesforceOptionsInput = {}): SideFactory {
  return (ctx) => buildSide(ctx, SalesforceOptions.parse(input));
}

/** The Salesforce side configured by the sandbox's options (`salesforce: {...}`). */
export const createSalesforceSide: SideFactory = (ctx) => buildSide(ctx, ctx.options.salesforce);

function buildSide(ctx: SideContext, options: SalesforceOptions): SandboxSide {
  const schema = loadSchema(options.metadataDir);
  createTables(ctx.db, schema);
  const orgId = toId18(options.orgId)!;
  const store = new RecordStore(ctx.db, schema, ctx.now);
  const engine = new QueryEngine(ctx.db, schema, ctx.now);
  const sessions = new Sessions(ctx.db, orgId.slice(0, 15), options.accessTokenTtlSeconds, ctx.now);
  const usage = new ApiUsage(options.dailyApiRequests, ctx.now);
  const outbound = new OutboundDispatcher(ctx.db, schema, options.outbound, orgId, ctx.now);
  const dml = new Dml(ctx.db, schema, store, (changes) => outbound.notify(changes));
  const users = seedUsers(schema, store, options.users, ctx.now());
  const apps: ConnectedApp[] =
    options.connectedApps.length > 0
      ? options.connectedApps
      : [{ clientId: `3MVG9${secret(60)}`, clientSecret: secret(32).toUpperCase(), redirectUris: [] }];
  const tokens = options.accessTokens.length > 0 ? options.accessTokens : [sessions.newAccessTokenValue()];
  for (const t of tokens) sessions.configure(t, userIdOf(0));

  const rt: SalesforceRuntime = {
    ctx,
    options,
    orgId,
    schema,
    store,
    dml,
    engine,
    sessions,
    usage,
    outbound,
    users,
    sessionOf: new WeakMap(),
  };

  const credentials: SandboxCredential[] = [
    ...tokens.map((value) => ({
      side: 'salesforce' as const,
      kind: 'access_token',
      value,
      description: `Bearer token for /services/data as ${options.users[0]!.username} (org ${orgId})`,
    })),
    ...apps.flatMap((a) => [
      {
        side: 'salesforce' as const,
        kind: 'client_id',
        value: a.clientId,
        description: 'connected app consumer key',
      },
      {
        side: 'salesforce' as const,
        kind: 'client_secret',
        value: a.clientSecret,
        description: 'connected app consumer secret',
      },
    ]),
  ];

  return {
    name: 'salesforce',
    pathPrefix: '/services',
    async register(app: FastifyInstance) {
      app.addHook('onClose', async () => outbound.stop());
      await app.register(
        async (sf) => {
          installHttp(sf);
          instrumentSide(sf, ctx, {
            side: 'salesforce',
            tokenOf: bearerOf,
            replyFault: (reply, kind) => {
              if (kind === 'badGateway')
                return void reply
                  .code(502)
                  .type('text/html')
                  .send('<html><body><h1>502 Bad Gateway</h1></body></html>');
              const error =
                kind === 'tooManyRequests'
                  ? new SalesforceError(
                      403,
                      'REQUEST_LIMIT_EXCEEDED',
                      'ConcurrentPerOrgLongTxn Limit exceeded.',
                    )
                  : new SalesforceError(
                      500,
                      'UNKNOWN_EXCEPTION',
                      'An unexpected error occurred. Please include this ErrorId if you contact support: sandbox-fault',
                    );
              reply.code(error.statusCode).send(error.body());
            },
          });
          registerOAuth(sf, rt, apps);
          registerData(sf, rt);
          registerSObjects(sf, rt);
          registerQuery(sf, rt);
          registerCollections(sf, rt);
        },
        { prefix: '/services' },
      );
      await app.register(async (id) => registerIdentity(id, rt));
      await app.register(async (admin) => registerOutboundAdmin(admin, rt), {
        prefix: '/__sandbox/salesforce',
      });
    },
    reset() {
      outbound.reset();
      clearTables(ctx.db, schema);
      engine.reset();
      usage.reset();
      seedUsers(schema, store, options.users, ctx.now());
    },
    credentials: () => credentials,
    seed: (snapshots, seedOptions) => seedPortfolio(rt, snapshots, seedOptions),
    notFound(_request: FastifyRequest, reply) {
      const error = notFound();
      reply.code(error.statusCode).send(error.body());
    },
  };
}
