import { InputError } from './io.js';

/**
 * Runs `start`; a port already taken becomes one line saying which and how to choose another,
 * instead of a stack trace.
 */
export async function withFreePort<T>(start: () => Promise<T>, hint: string): Promise<T> {
  try {
    return await start();
  } catch (e) {
    const err = e as { code?: unknown; port?: unknown } | undefined;
    if (err?.code !== 'EADDRINUSE') throw e;
    const which = typeof err.port === 'number' ? `port ${err.port}` : 'the port';
    throw new InputError(`${which} is already in use: ${hint}`);
  }
}
