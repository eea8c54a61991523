/**
 * Canonical orders. CRMs return records in any order; results that list records, and sums that are
 * not money (money is summed exactly in cents, see money.ts), run in id order so they never depend
 * on how the CRM listed them.
 */

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareIds(a.id, b.id);
}

/** The records in id order: the same array when already in order (the usual case), else a sorted copy. */
export function sortedById<T extends { readonly id: string }>(records: readonly T[]): readonly T[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i - 1]!.id > records[i]!.id) return [...records].sort(byId);
  }
  return records;
}

/**
 * Sorts a short list in place, stably, without the work copy `Array.prototype.sort` makes — for the
 * handful of gaps and reasons sorted for every account on every rescore.
 */
export function sortShort<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && compare(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}
