/**
 * Collects single requests per key (a tenant) into batches: a batch is handed over when it holds
 * `maxBatch` items or `waitMs` after its first item, whichever comes first. Equal items in one
 * pending batch share one answer. Jobs run one at a time per handler call, so the CRM sees few,
 * full batch calls however many jobs run at once.
 */
export class Batcher<I, O> {
  private readonly pending = new Map<
    string,
    {
      items: Map<I, { resolve: (o: O) => void; reject: (e: unknown) => void }[]>;
      timer: NodeJS.Timeout;
    }
  >();

  constructor(
    private readonly run: (key: string, items: readonly I[]) => Promise<ReadonlyMap<I, O>>,
    private readonly maxBatch: number,
    private readonly waitMs: number,
  ) {}

  add(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let batch = this.pending.get(key);
      if (!batch) {
        batch = { items: new Map(), timer: setTimeout(() => this.flush(key), this.waitMs) };
        this.pending.set(key, batch);
      }
      const waiters = batch.items.get(item);
      if (waiters) waiters.push({ resolve, reject });
      else batch.items.set(item, [{ resolve, reject }]);
      if (batch.items.size >= this.maxBatch) this.flush(key);
    });
  }

  private flush(key: string): void {
    const batch = this.pending.get(key);
    if (!batch) return;
    this.pending.delete(key);
    clearTimeout(batch.timer);
    const items = [...batch.items.keys()];
    this.run(key, items).then(
      (answers) => {
        for (const [item, waiters] of batch.items) {
          const answer = answers.get(item);
          for (const w of waiters)
            if (answer === undefined) w.reject(new Error(`no answer for ${String(item)}`));
            else w.resolve(answer);
        }
      },
      (error: unknown) => {
        for (const waiters of batch.items.values()) for (const w of waiters) w.reject(error);
      },
    );
  }
}
