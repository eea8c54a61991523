/**
 * Key–value storage that never throws: inside a CRM iframe the browser may block storage, and even
 * reading `window.sessionStorage` can raise a SecurityError. Then the workspace keeps working with
 * what it holds in memory.
 */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function safeStore(storage: () => Storage | null | undefined): KeyValueStore {
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        storage()?.setItem(key, value);
      } catch {
        // Blocked or full: the value lives only in memory for this page.
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // Blocked: nothing was stored either.
      }
    },
  };
}

/** Keys the workspace stores (sessionStorage: this tab's session; localStorage: the language choice). */
export const STORE_KEYS = {
  token: 'kam.workspace.token',
  sessionLang: 'kam.workspace.lang',
  compact: 'kam.workspace.compact',
  demoTenant: 'kam.workspace.demoTenant',
  chosenLang: 'kam.workspace.lang',
} as const;
