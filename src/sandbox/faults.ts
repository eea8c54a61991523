import { SideFaults } from './options.js';

export type SideName = 'hubspot' | 'salesforce';
export const SIDES: readonly SideName[] = ['hubspot', 'salesforce'];

/** What the dice decided for one call. */
export type FaultOutcome =
  | { readonly kind: 'none'; readonly latencyMs: number }
  | { readonly kind: 'tooManyRequests' | 'serverError' | 'badGateway'; readonly latencyMs: number }
  | { readonly kind: 'timeout'; readonly latencyMs: number; readonly holdMs: number };

const NO_FAULTS = SideFaults.parse({});

/** Fault settings per side and a seeded dice (mulberry32), so runs with faults can be repeated. */
export class FaultInjector {
  private readonly settings = new Map<SideName, SideFaults>();
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  get(side: SideName): SideFaults {
    return this.settings.get(side) ?? NO_FAULTS;
  }

  set(side: SideName, faults: SideFaults): void {
    this.settings.set(side, faults);
  }

  reset(): void {
    this.settings.clear();
    this.state = this.seed >>> 0;
  }

  roll(side: SideName): FaultOutcome {
    const f = this.get(side);
    const latencyMs = f.latencyMs;
    if (f.tooManyRequests + f.serverError + f.badGateway + f.timeout === 0)
      return { kind: 'none', latencyMs };
    let dice = this.next();
    for (const kind of ['tooManyRequests', 'serverError', 'badGateway'] as const) {
      if (dice < f[kind]) return { kind, latencyMs };
      dice -= f[kind];
    }
    if (dice < f.timeout) return { kind: 'timeout', latencyMs, holdMs: f.timeoutMs };
    return { kind: 'none', latencyMs };
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
