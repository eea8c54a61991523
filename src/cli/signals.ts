/** Resolves on the first SIGINT (Ctrl+C) or SIGTERM (a process manager): the long-running commands stop then. */
export const signalStop = (): Promise<void> =>
  new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
