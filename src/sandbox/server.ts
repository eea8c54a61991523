import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { registerAdmin } from './admin/routes.js';
import { openDatabase } from './db.js';
import { FaultInjector } from './faults.js';
import { createHubSpotSide } from './hubspot/side.js';
import { createSalesforceSide } from './salesforce/side.js';
import { redactUrl } from './log.js';
import { seedSides } from './seed/portfolio.js';
import type { SeedReport, SeedRequest } from './seed/portfolio.js';
import { parseSandboxOptions } from './options-parse.js';
import type { ResolvedSandboxOptions, SandboxOptions } from './options.js';
import type { SandboxCredential, SandboxSide, SideContext, SideFactory } from './side.js';
import { StatsCounter } from './stats.js';

export const DEFAULT_SIDES: readonly SideFactory[] = [createHubSpotSide, createSalesforceSide];

/** A running (or ready to start) sandbox CRM. */
export interface Sandbox {
  readonly app: FastifyInstance;
  readonly options: ResolvedSandboxOptions;
  readonly sides: readonly SandboxSide[];
  /** listens on options.host:options.port (0 = any free port) and returns the base URL */
  start(): Promise<string>;
  /** the base URL once started */
  url(): string;
  /** closes the server (open connections included) and the database */
  stop(): Promise<void>;
  credentials(): SandboxCredential[];
  /** forgets all records, issued tokens, stats and faults; keeps configured tokens */
  reset(): void;
  /** loads a portfolio into the sides (all by default) through the CRM mappings */
  seed(request: SeedRequest): Promise<SeedReport>;
  /** what the `seed` option loaded at creation, if anything */
  readonly seeded: SeedReport | undefined;
}

/**
 * Builds the sandbox: one Fastify app, one SQLite database, one plugin per CRM side, admin API
 * under `/__sandbox/`. Options are validated (a bad option throws one line naming it).
 */
export async function createSandbox(
  input: SandboxOptions = {},
  factories: readonly SideFactory[] = DEFAULT_SIDES,
): Promise<Sandbox> {
  const options = parseSandboxOptions(input);
  const db = openDatabase(options.db);
  const faults = new FaultInjector(options.faultSeed);
  const stats = new StatsCounter();
  const ctx: SideContext = { db, options, faults, stats, now: () => new Date() };

  const app = Fastify({
    logger:
      options.logLevel === 'silent'
        ? false
        : {
            level: options.logLevel,
            serializers: {
              // never log a credential: no headers, and tokens in paths or queries are masked
              req: (req: { method: string; url: string }) => ({
                method: req.method,
                url: redactUrl(req.url),
              }),
            },
          },
    bodyLimit: 16 * 1024 * 1024,
    forceCloseConnections: true,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });

  // an empty JSON body (SDKs send the header on bodiless calls) is no body, not an error
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, undefined);
    parseJson(request, text, done);
  });

  const sides = factories.map((factory) => factory(ctx));
  const reset = () => {
    for (const side of sides) side.reset();
    stats.reset();
    faults.reset();
  };
  const credentials = () => sides.flatMap((side) => [...side.credentials()]);
  const seed = (request: SeedRequest) => seedSides(sides, request, ctx.now);

  await registerAdmin(app, { ctx, reset, credentials, seed });
  for (const side of sides) await side.register(app);
  const byPrefix = [...sides].sort((a, b) => b.pathPrefix.length - a.pathPrefix.length);
  app.setNotFoundHandler((request, reply) => {
    const side = byPrefix.find((s) => request.url.startsWith(s.pathPrefix));
    if (side) return side.notFound(request, reply);
    return reply
      .code(404)
      .send({ status: 'error', message: `No route for ${request.method} ${request.url}` });
  });

  let seeded: SeedReport | undefined;
  if (options.seed) {
    const now = options.seedNow?.toISOString();
    try {
      seeded = await seed({ portfolio: options.seed, ...(now ? { now } : {}) });
    } catch (e) {
      db.close();
      throw e;
    }
  }

  let baseUrl: string | undefined;
  let stopped = false;
  return {
    app,
    options,
    sides,
    async start() {
      await app.listen({ host: options.host, port: options.port });
      const address = app.server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      baseUrl = `http://${host}:${address.port}`;
      return baseUrl;
    },
    url() {
      if (!baseUrl) throw new Error('sandbox not started');
      return baseUrl;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      db.close();
    },
    credentials,
    reset,
    seed,
    seeded,
  };
}
