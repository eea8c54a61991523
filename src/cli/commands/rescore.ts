import { Option } from 'commander';
import type { Command } from 'commander';
import { t } from '../../core/i18n/index.js';
import { DEFAULT_MODEL } from '../../core/scoring/index.js';
import type { CrmKind } from '../../crm/port.js';
import { chooseCrm, CRM_KINDS, crmPortFromEnv } from '../crm-config.js';
import type { CliIo } from '../io.js';
import { EXIT, InputError } from '../io.js';
import { langOption, resolveLang } from '../lang.js';
import { progressFor } from '../progress.js';
import { rescore } from '../rescore-run.js';
import type { PortFactory } from './setup.js';

interface RescoreFlags {
  readonly all?: boolean;
  readonly account?: string[];
  readonly crm?: CrmKind;
  readonly dryRun?: boolean;
  readonly lang?: string;
}

async function* given(ids: readonly string[]): AsyncIterable<readonly string[]> {
  yield ids;
}

export function registerRescore(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  makePort: PortFactory = crmPortFromEnv,
): void {
  program
    .command('rescore')
    .description(
      'score key accounts in the CRM and write the results / Key Accounts im CRM bewerten und Ergebnisse schreiben',
    )
    .option('--all', 'every key account')
    .option('--account <id...>', 'these accounts (CRM ids)')
    .addOption(new Option('--crm <crm>', 'which CRM (default: the one configured)').choices(CRM_KINDS))
    .option('--dry-run', 'score, but write nothing')
    .addOption(langOption())
    .action(async (flags: RescoreFlags) => {
      const lang = resolveLang(flags.lang, io.env);
      const accounts = [...new Set(flags.account ?? [])];
      const all = flags.all === true;
      const listed = accounts.length > 0;
      if (all === listed) throw new InputError(t('crmCli.rescore.scope', lang));
      const kind = chooseCrm(flags.crm, io.env, lang);
      const port = makePort(kind, io.env, lang);
      const summary = await rescore(port, {
        ids: all ? port.listAccounts() : given(accounts),
        model: DEFAULT_MODEL,
        now: io.now(),
        lang,
        dryRun: flags.dryRun === true,
        progress: progressFor(io, lang),
        ...(all ? {} : { total: accounts.length }),
      });
      const crm = kind === 'hubspot' ? 'HubSpot' : 'Salesforce';
      const common = {
        crm,
        scored: summary.scored,
        failed: summary.failures.length,
        calls: summary.calls,
        seconds: Math.round(summary.ms / 100) / 10,
      };
      io.out(
        summary.changed === null
          ? t('crmCli.rescore.dryRun', lang, common)
          : t('crmCli.rescore.summary', lang, {
              ...common,
              changed: summary.changed,
              written: summary.written,
            }),
      );
      for (const f of summary.failures)
        io.out(t('crmCli.rescore.failure', lang, { id: f.accountId, reason: f.reason }));
      if (summary.stopped !== undefined)
        io.out(t('crmCli.rescore.stopped', lang, { reason: summary.stopped }));
      setExit(summary.failures.length > 0 || summary.stopped !== undefined ? EXIT.failure : EXIT.ok);
    });
}
