import { z } from 'zod';
import { generatePortfolio, MAX_PORTFOLIO_ACCOUNTS, MIN_PORTFOLIO_ACCOUNTS } from '../../core/demo/index.js';
import { LANGS } from '../../core/i18n/types.js';
import type { AccountSnapshot } from '../../core/model/index.js';
import { SIDES } from '../faults.js';
import type { SideName } from '../faults.js';
import type { SandboxSide } from '../side.js';
import type { SideSeedResult } from './types.js';

/** What to seed: `POST /__sandbox/seed`, `createSandbox({ seed })`, `kam sandbox --seed`. */
export const SeedRequest = z
  .object({
    portfolio: z.literal('demo'),
    /** the sides to load; default: every side */
    sides: z
      .array(z.enum(SIDES as [SideName, ...SideName[]]))
      .min(1)
      .optional(),
    /** the portfolio's size (default 36), or some of the demo accounts by id (`["acc-classic"]`) */
    accounts: z
      .union([
        z.number().int().min(MIN_PORTFOLIO_ACCOUNTS).max(MAX_PORTFOLIO_ACCOUNTS),
        z.array(z.string().min(1)).min(1).max(MAX_PORTFOLIO_ACCOUNTS),
      ])
      .optional(),
    /** the portfolio's "now": its dates are relative to it; default: the sandbox's clock */
    now: z.iso.datetime({ offset: true }).optional(),
    /** announce the writes to webhook subscriptions and outbound messages; default: silent */
    deliver: z.boolean().default(false),
    /** language of the KAM labels and generated titles */
    lang: z.enum(LANGS).default('de'),
  })
  .strict();
export type SeedRequest = z.input<typeof SeedRequest>;

/** What a seed did, per side (the admin API's answer). */
export interface SeedReport {
  readonly portfolio: 'demo';
  readonly now: string;
  readonly accounts: number;
  readonly sides: Partial<Record<SideName, SideSeedResult>>;
}

/** The snapshots a request names; unknown account ids are a 400. */
export function requestedSnapshots(request: z.infer<typeof SeedRequest>, now: Date): AccountSnapshot[] {
  const size = typeof request.accounts === 'number' ? request.accounts : undefined;
  const portfolio = generatePortfolio({ now, ...(size === undefined ? {} : { accounts: size }) });
  if (!Array.isArray(request.accounts)) return portfolio;
  const byId = new Map(portfolio.map((s) => [s.account.id, s]));
  const unknown = request.accounts.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    throw Object.assign(new Error(`accounts: not in the demo portfolio: ${unknown.join(', ')}`), {
      statusCode: 400,
    });
  return [...new Set(request.accounts)].map((id) => byId.get(id)!);
}

/** Seeds each requested side in turn; a side without a seeder is a 400. */
export async function seedSides(
  sides: readonly SandboxSide[],
  input: unknown,
  clock: () => Date,
): Promise<SeedReport> {
  const request = SeedRequest.parse(input);
  const now = request.now === undefined ? clock() : new Date(request.now);
  const snapshots = requestedSnapshots(request, now);
  const wanted = request.sides ?? sides.map((s) => s.name);
  const report: SeedReport = {
    portfolio: 'demo',
    now: now.toISOString(),
    accounts: snapshots.length,
    sides: {},
  };
  for (const name of wanted) {
    const side = sides.find((s) => s.name === name);
    if (!side?.seed)
      throw Object.assign(new Error(`sides: the ${name} side is not running or cannot be seeded`), {
        statusCode: 400,
      });
    report.sides[name] = await side.seed(snapshots, { deliver: request.deliver, lang: request.lang });
  }
  return report;
}
