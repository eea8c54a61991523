import { useCallback, useState } from 'react';
import type { Lang } from './i18n.js';
import { errorMessage } from './errors.js';

export interface Task<A extends unknown[]> {
  /** Runs the task; a failure is kept in `error`, never thrown. */
  readonly run: (...args: A) => Promise<void>;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly clearError: () => void;
}

/** A call to the service started by a click: busy while it runs, its failure's message after. */
export function useTask<A extends unknown[]>(task: (...args: A) => Promise<void>, lang: Lang): Task<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (...args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      await task(...args);
    } catch (e) {
      setError(errorMessage(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const clearError = useCallback(() => setError(undefined), []);
  return { run, busy, error, clearError };
}
