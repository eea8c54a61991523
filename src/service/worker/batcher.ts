/**
 * Collects single requests per key (a tenant) into batches: a batch is handed over when it holds
 * `maxBatch` items, or `waitMs` after its first item once no other batch of its key is running.
 * Equal items in one pending batch share one answer. Holding a partial batch while one is running
 * is what keeps batches full under load: when the CRM is slow or paced, requests gather while the
 * previous call waits, instead of leaving one by one as their jobs fall due — so the CRM sees few,
 * full batch calls however many jobs run at once.
 */
export class Batcher<I, O> {
  private readonly pending = new Map<
    string,
    {
      items: Map<I, { resolve: (o: O) => void; reject: (e: unknown) => void }[]>;
      timer: NodeJS.Timeout;
      /** `waitMs` has passed: handed over as soon as no batch of its key runs */
      due: boolean;
    }
  >();
  /** Batches of each key being run now. */
  private readonly running = new Map<string, number>();

  constructor(
    private readonly run: (key: string, items: readonly I[]) => Promise<ReadonlyMap<I, O>>,
    private readonly maxBatch: number,
    private readonly waitMs: number,
  ) {}

  add(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let batch = this.pending.get(key);
      if (!batch) {
        const created = {
          items: new Map<I, { resolve: (o: O) => void; reject: (e: unknown) => void }[]>(),
          due: false,
          timer: setTimeout(() => {
            created.due = true;
            this.flushWhenIdle(key);
          }, this.waitMs),
        };
        batch = created;
        this.pending.set(key, batch);
      }
      const waiters = batch.items.get(item);
      if (waiters) waiters.push({ resolve, reject });
      else batch.items.set(item, [{ resolve, reject }]);
      if (batch.items.size >= this.maxBatch) this.flush(key);
    });
  }

  private flushWhenIdle(key: string): void {
    if ((this.running.get(key) ?? 0) === 0) this.flush(key);
  }

  private flush(key: string): void {
    const batch = this.pending.get(key);
    if (!batch) return;
    this.pending.delete(key);
    clearTimeout(batch.timer);
    const items = [...batch.items.keys()];
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    const settled = () => {
      const left = (this.running.get(key) ?? 1) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
      if (this.pending.get(key)?.due) this.flushWhenIdle(key);
    };
    this.run(key, items).then(
      (answers) => {
        settled();
        for (const [item, waiters] of batch.items) {
          const answer = answers.get(item);
          for (const w of waiters)
            if (answer === undefined) w.reject(new Error(`no answer for ${String(item)}`));
            else w.resolve(answer);
        }
      },
      (error: unknown) => {
        settled();
        for (const waiters of batch.items.values()) for (const w of waiters) w.reject(error);
      },
    );
  }
}
