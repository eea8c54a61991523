import type { Command } from 'commander';
import { serviceConfig } from '../../service/config.js';
import type { RunningService, ServiceRole, StartOptions } from '../../service/runtime.js';
import { startService } from '../../service/runtime.js';
import type { CliIo } from '../io.js';
import { withFreePort } from '../port-in-use.js';
import { signalStop } from '../signals.js';
import { EXIT, InputError } from '../io.js';
import { resolveLang } from '../lang.js';

/** What `kam serve` / `kam worker` need from outside; tests replace them. */
export interface ServeDeps {
  readonly start: (options: StartOptions) => Promise<RunningService>;
  /** Resolves when the process should stop (default: SIGINT or SIGTERM). */
  readonly waitForStop: () => Promise<void>;
}

const defaultDeps: ServeDeps = { start: startService, waitForStop: signalStop };

async function run(io: CliIo, role: ServiceRole | undefined, deps: ServeDeps): Promise<number> {
  const lang = resolveLang(undefined, io.env);
  const config = serviceConfig(io.env, lang);
  const service = await withFreePort(
    () => deps.start({ config, env: io.env, ...(role ? { role } : {}) }),
    'set KAM_PORT to a free port',
  );
  await deps.waitForStop();
  await service.stop();
  return EXIT.ok;
}

export function registerServe(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  deps: ServeDeps = defaultDeps,
): void {
  program
    .command('serve')
    .description(
      'run the KAM service: webhooks, workflow action, card API and (by default) the worker / KAM-Service starten',
    )
    .option('--role <role>', 'all (web and worker, default: KAM_ROLE or all) or web')
    .addHelpText(
      'after',
      '\nConfiguration comes from environment variables (KAM_PORT, KAM_STORE_URL, KAM_QUEUE_URL, KAM_ENCRYPTION_KEY,\nHUBSPOT_CLIENT_SECRET, …); app.json lists every one with its meaning.',
    )
    .action(async (flags: { role?: string }) => {
      if (flags.role !== undefined && flags.role !== 'all' && flags.role !== 'web')
        throw new InputError(`--role must be all or web, got "${flags.role}"`);
      setExit(await run(io, flags.role as ServiceRole | undefined, deps));
    });
  program
    .command('worker')
    .description('run a worker: re-scores queued accounts and sweeps for missed changes / Worker starten')
    .addHelpText(
      'after',
      '\nSeveral workers share one queue when KAM_QUEUE_URL is redis://…; the per-tenant rate limit then holds across all.',
    )
    .action(async () => {
      setExit(await run(io, 'worker', deps));
    });
}
