import { SalesforceError } from './errors.js';

const HOUR = 3_600_000;

/** DailyApiRequests over a rolling 24 hours, counted in hourly buckets. */
export class ApiUsage {
  private readonly buckets = new Map<number, number>();

  constructor(
    readonly max: number,
    private readonly now: () => Date,
  ) {}

  used(): number {
    const hour = Math.floor(this.now().getTime() / HOUR);
    let sum = 0;
    for (const [h, n] of this.buckets) {
      if (h <= hour - 24) this.buckets.delete(h);
      else sum += n;
    }
    return sum;
  }

  /** Counts one call, or refuses it with REQUEST_LIMIT_EXCEEDED once the allocation is used up. */
  consume(): void {
    if (this.used() >= this.max)
      throw new SalesforceError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
    const hour = Math.floor(this.now().getTime() / HOUR);
    this.buckets.set(hour, (this.buckets.get(hour) ?? 0) + 1);
  }

  header(): string {
    return `api-usage=${this.used()}/${this.max}`;
  }

  reset(): void {
    this.buckets.clear();
  }
}
