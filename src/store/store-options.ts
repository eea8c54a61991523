import type { SecretBox } from './secret-box.js';

/** What every adapter takes besides where its database is. */
export interface StoreOptions {
  /** Seals credentials before they are written and opens them when read. */
  readonly secretBox: SecretBox;
  /** Epoch ms for tenants' createdAt/updatedAt (default: the system clock). */
  readonly clock?: () => number;
}

export const isoNow = (clock: (() => number) | undefined): string =>
  new Date((clock ?? Date.now)()).toISOString();
