import type { Command } from 'commander';
import { z } from 'zod';
import type { Sandbox, SandboxOptions, SeedReport } from '../../sandbox/index.js';
import { createSandbox } from '../../sandbox/index.js';
import type { CliIo } from '../io.js';
import { signalStop } from '../signals.js';
import { EXIT, InputError } from '../io.js';

export const DEFAULT_SANDBOX_PORT = 4010;
const Port = z.coerce.number().int().min(0).max(65_535);
const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const Portfolio = z.enum(['demo']);

/** What `kam sandbox` needs from outside; tests replace `waitForStop`. */
export interface SandboxDeps {
  readonly create: (options: SandboxOptions) => Promise<Sandbox>;
  /** resolves when the sandbox should shut down (default: SIGINT or SIGTERM) */
  readonly waitForStop: () => Promise<void>;
}

const defaultDeps: SandboxDeps = {
  create: (options) => createSandbox(options),
  waitForStop: signalStop,
};

/** Port: `--port`, else KAM_SANDBOX_PORT, else 4010; a bad value is one line naming its source. */
export function resolveSandboxPort(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): number {
  if (flag !== undefined) {
    const parsed = Port.safeParse(flag);
    if (!parsed.success) throw new InputError(`--port must be a port number (0-65535), got "${flag}"`);
    return parsed.data;
  }
  const configured = env.KAM_SANDBOX_PORT;
  if (configured === undefined || configured === '') return DEFAULT_SANDBOX_PORT;
  const parsed = Port.safeParse(configured);
  if (!parsed.success)
    throw new InputError(`KAM_SANDBOX_PORT must be a port number (0-65535), got "${configured}"`);
  return parsed.data;
}

interface SandboxFlags {
  port?: string;
  db: string;
  host: string;
  logLevel: string;
  seed?: string;
}

/** One line per seeded side: `  seeded hubspot: 36 companies, 270 contacts, … (123 ms)`. */
export function seedSummary(report: SeedReport): string[] {
  return Object.entries(report.sides).map(([side, result]) => {
    const counts = Object.entries(result.created).map(([kind, n]) => `${n} ${kind}`);
    return `  seeded ${side} with the ${report.portfolio} portfolio: ${counts.join(', ')} (${result.ms} ms)`;
  });
}

export function registerSandbox(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  deps: SandboxDeps = defaultDeps,
): void {
  program
    .command('sandbox')
    .description(
      'run the local CRM stand-in (HubSpot- and Salesforce-style APIs) / lokale CRM-Attrappe starten',
    )
    .option('-p, --port <port>', `port to listen on (default: KAM_SANDBOX_PORT or ${DEFAULT_SANDBOX_PORT})`)
    .option('--db <file>', 'SQLite file, or :memory:', ':memory:')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--log-level <level>', 'request log level (silent, warn, info, …)', 'warn')
    .option('--seed <portfolio>', 'load a portfolio into both sides at start (demo)')
    .action(async (options: SandboxFlags) => {
      const port = resolveSandboxPort(options.port, io.env);
      const logLevel = LogLevel.safeParse(options.logLevel);
      if (!logLevel.success)
        throw new InputError(`--log-level must be one of ${LogLevel.options.join(', ')}`);
      const seed = options.seed === undefined ? undefined : Portfolio.safeParse(options.seed);
      if (seed && !seed.success)
        throw new InputError(`--seed must be one of ${Portfolio.options.join(', ')}, got "${options.seed}"`);
      let sandbox: Sandbox;
      try {
        sandbox = await deps.create({
          port,
          db: options.db,
          host: options.host,
          logLevel: logLevel.data,
          ...(seed ? { seed: seed.data } : {}),
        });
      } catch (e) {
        throw new InputError(e instanceof Error ? e.message : String(e));
      }
      const url = await sandbox.start();
      io.out(`KAM sandbox listening on ${url} (db: ${options.db})`);
      io.out(`  HubSpot API (as api.hubapi.com): ${url}/`);
      io.out(`  Salesforce API (instance URL): ${url} (/services/data/…)`);
      io.out(`  admin: ${url}/__sandbox/ (tokens, reset, seed, stats, faults)`);
      if (sandbox.seeded) for (const line of seedSummary(sandbox.seeded)) io.out(line);
      for (const c of sandbox.credentials()) io.out(`  ${c.side} ${c.kind}: ${c.value}`);
      await deps.waitForStop();
      await sandbox.stop();
      io.out('KAM sandbox stopped');
      setExit(EXIT.ok);
    });
}
