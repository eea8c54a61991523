import { useCallback, useRef, useState } from 'react';
import type { Lang } from './i18n.js';
import { errorMessage } from './errors.js';

export interface Task<A extends unknown[]> {
  /** Runs the task unless it is running already (a double click, Enter twice); never throws. */
  readonly run: (...args: A) => Promise<void>;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly clearError: () => void;
}

/** A call to the service started by a click: busy while it runs, its failure's message after. */
export function useTask<A extends unknown[]>(task: (...args: A) => Promise<void>, lang: Lang): Task<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // State updates only after a render: a second click in the same tick must see the first at once.
  const running = useRef(false);
  const run = async (...args: A) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await task(...args);
    } catch (e) {
      setError(errorMessage(e, lang));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  const clearError = useCallback(() => setError(undefined), []);
  return { run, busy, error, clearError };
}
