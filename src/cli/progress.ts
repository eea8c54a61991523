import { SingleBar } from 'cli-progress';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { CliIo } from './io.js';

/** Progress of a long run: accounts done of those known so far, API calls used, accounts per second. */
export interface Progress {
  update(done: number, total: number, calls: number): void;
  stop(): void;
}

const rate = (done: number, startedMs: number, nowMs: number) =>
  Math.round((done / Math.max((nowMs - startedMs) / 1000, 0.001)) * 10) / 10;

/** A bar on the terminal when stderr is a TTY, else one plain line per update on stderr. */
export function progressFor(io: CliIo, lang: Lang): Progress {
  const started = Date.now();
  const stream = io.progressStream;
  if (stream?.isTTY) {
    const bar = new SingleBar({
      stream,
      format: t('crmCli.rescore.bar', lang),
      hideCursor: true,
      clearOnComplete: false,
    });
    let begun = false;
    return {
      update(done, total, calls) {
        const payload = { calls, rate: rate(done, started, Date.now()).toFixed(1) };
        if (!begun) {
          bar.start(total, done, payload);
          begun = true;
        } else {
          bar.setTotal(total);
          bar.update(done, payload);
        }
      },
      stop: () => {
        if (begun) bar.stop();
      },
    };
  }
  return {
    update(done, total, calls) {
      io.err(
        t('crmCli.rescore.progress', lang, { done, total, calls, rate: rate(done, started, Date.now()) }),
      );
    },
    stop: () => undefined,
  };
}
