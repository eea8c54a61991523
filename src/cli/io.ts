/** What a command needs from the outside world; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  /** Where a live progress bar may draw (stderr); only used when it is a TTY. */
  readonly progressStream?: NodeJS.WriteStream;
}

/** Exit codes: 0 done, 1 unexpected failure, 2 bad input or usage. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** A failure the user can fix: printed as one line, exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
