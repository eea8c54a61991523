import { AsyncLocalStorage } from 'node:async_hooks';
import type { ObjectType } from './object-types.js';

/** One write to the CRM, as the records and associations modules report it. */
export type CrmChange =
  | {
      readonly kind: 'created';
      readonly type: ObjectType;
      readonly id: string;
      readonly after: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'updated';
      readonly type: ObjectType;
      readonly id: string;
      readonly before: Readonly<Record<string, string>>;
      readonly after: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'archived'; readonly type: ObjectType; readonly id: string }
  | LinkChange;

/** One association row (one direction, one type) added or removed. */
export interface LinkChange {
  readonly kind: 'linked' | 'unlinked';
  readonly fromType: string;
  readonly fromId: string;
  readonly toType: string;
  readonly toId: string;
  readonly typeId: number;
}

/** Who made a change: the request's credential and the sandbox's change-source override headers. */
export interface ChangeOrigin {
  readonly token?: string;
  /** `X-Sandbox-Change-Source` (e.g. CRM_UI): lets a test or demo pose as a user */
  readonly source?: string;
  /** `X-Sandbox-Source-Id` (e.g. userId:1) */
  readonly sourceId?: string;
}

export type ChangeListener = (change: CrmChange, origin: ChangeOrigin) => void;

/**
 * The one place CRM writes are announced. Listeners run synchronously inside the write (and its
 * transaction), so whatever they store rolls back with it.
 */
export class ChangeBus {
  private readonly listeners: ChangeListener[] = [];
  private readonly origin = new AsyncLocalStorage<ChangeOrigin>();
  private muted = 0;

  listen(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  emit(change: CrmChange): void {
    if (this.listeners.length === 0 || this.muted > 0) return;
    const origin = this.origin.getStore() ?? {};
    for (const listener of this.listeners) listener(change, origin);
  }

  /** Runs the synchronous `fn` without announcing its writes (a seed that must not fire webhooks). */
  quietly<T>(fn: () => T): T {
    this.muted++;
    try {
      return fn();
    } finally {
      this.muted--;
    }
  }

  /** Runs `fn` (and everything it starts) as changes made by `origin`. */
  runAs<T>(origin: ChangeOrigin, fn: () => T): T {
    return this.origin.run(origin, fn);
  }
}
