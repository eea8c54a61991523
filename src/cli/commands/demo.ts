import type { Command } from 'commander';
import { z } from 'zod';
import type { Demo, DemoOptions } from '../../service/demo/start-demo.js';
import { startDemo } from '../../service/demo/start-demo.js';
import { demoGuide } from '../../service/demo/guide.js';
import type { CliIo } from '../io.js';
import { EXIT, InputError } from '../io.js';
import { resolveLang } from '../lang.js';
import { withFreePort } from '../port-in-use.js';
import { signalStop } from '../signals.js';
import { resolveSandboxPort } from './sandbox.js';

const Port = z.coerce.number().int().min(0).max(65_535);

export interface DemoDeps {
  readonly start: (options: DemoOptions) => Promise<Demo>;
  readonly waitForStop: () => Promise<void>;
}

const defaultDeps: DemoDeps = { start: startDemo, waitForStop: signalStop };

export function registerDemo(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  deps: DemoDeps = defaultDeps,
): void {
  program
    .command('demo')
    .description(
      'the sandbox CRM with the demo portfolio and the KAM service wired to it (npm start) / Demo starten',
    )
    .option('--lang <lang>', 'de or en (default: KAM_LANG, else the locale)')
    .action(async (flags: { lang?: string }) => {
      const lang = resolveLang(flags.lang, io.env);
      const portText = io.env.KAM_PORT?.trim() || '3000';
      const port = Port.safeParse(portText);
      if (!port.success) throw new InputError(`KAM_PORT must be a port number (0-65535), got "${portText}"`);
      const sandboxPort = resolveSandboxPort(undefined, io.env);
      io.out(lang === 'de' ? 'Demo startet …' : 'Starting the demo …');
      const demo = await withFreePort(
        () => deps.start({ port: port.data, sandboxPort, dataDir: 'data/demo', lang }),
        'set KAM_PORT and KAM_SANDBOX_PORT to free ports (or stop the demo already running)',
      );
      for (const line of demoGuide(demo, lang)) io.out(line);
      await deps.waitForStop();
      io.out(lang === 'de' ? 'Demo wird beendet …' : 'Stopping the demo …');
      await demo.stop();
      setExit(EXIT.ok);
    });
}
