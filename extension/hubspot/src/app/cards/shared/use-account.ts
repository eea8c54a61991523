import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountAnswer } from '../../../../../../src/workspace/contract.js';
import type { CardApi } from './card-api.js';
import { errorCode, errorMessage } from './errors.js';

export type AccountState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly answer: AccountAnswer }
  | { readonly status: 'notKeyAccount' }
  | { readonly status: 'error'; readonly message: string };

export interface AccountLoader {
  readonly state: AccountState;
  /** Loads again from scratch (the retry after an error). */
  readonly reload: () => void;
  /** Loads again in the background, showing the current data until the new data (or an error) is there. */
  readonly refresh: () => void;
}

/** The account the card sits on, as the service answers it. */
export function useAccount(api: CardApi): AccountLoader {
  const [state, setState] = useState<AccountState>({ status: 'loading' });
  const [round, setRound] = useState({ count: 0, quiet: false });
  // The host may hand a new api object on each render; the account it reaches is what counts.
  const apiRef = useRef(api);
  apiRef.current = api;

  useEffect(() => {
    let live = true;
    if (!round.quiet) setState({ status: 'loading' });
    apiRef.current.account().then(
      (answer) => {
        if (live) setState({ status: 'ready', answer });
      },
      (error: unknown) => {
        if (!live) return;
        // A failed reload after a change shows too: the data on screen would be out of date.
        if (errorCode(error) === 'NOT_KEY_ACCOUNT') setState({ status: 'notKeyAccount' });
        else setState({ status: 'error', message: errorMessage(error, apiRef.current.lang) });
      },
    );
    return () => {
      live = false;
    };
  }, [api.accountId, round]);

  const reload = useCallback(() => setRound((r) => ({ count: r.count + 1, quiet: false })), []);
  const refresh = useCallback(() => setRound((r) => ({ count: r.count + 1, quiet: true })), []);
  return { state, reload, refresh };
}
