/** Calls counted per route and per token since start or the last reset (for benchmarks). */
export interface CallStats {
  readonly since: string;
  readonly total: number;
  readonly byRoute: Record<string, number>;
  readonly byToken: Record<string, number>;
  readonly byStatus: Record<string, number>;
}

/** Shows enough of a token to tell tokens apart, never the whole secret. */
export function maskToken(token: string): string {
  return token.length <= 12 ? '…' + token.slice(-2) : `${token.slice(0, 8)}…${token.slice(-4)}`;
}

export class StatsCounter {
  private since = new Date();
  private total = 0;
  private readonly byRoute = new Map<string, number>();
  private readonly byToken = new Map<string, number>();
  private readonly byStatus = new Map<string, number>();

  record(route: string, token: string | undefined, status: number): void {
    this.total++;
    bump(this.byRoute, route);
    bump(this.byToken, token === undefined ? '(none)' : maskToken(token));
    bump(this.byStatus, String(status));
  }

  snapshot(): CallStats {
    return {
      since: this.since.toISOString(),
      total: this.total,
      byRoute: Object.fromEntries(this.byRoute),
      byToken: Object.fromEntries(this.byToken),
      byStatus: Object.fromEntries(this.byStatus),
    };
  }

  reset(): void {
    this.since = new Date();
    this.total = 0;
    this.byRoute.clear();
    this.byToken.clear();
    this.byStatus.clear();
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
