import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import { ENTERPRISE_NEEDED } from '../../crm/hubspot/adapter/index.js';
import type { CrmPort, ProvisionReport } from '../../crm/port.js';
import { crmPortFromEnv } from '../crm-config.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { langOption, resolveLang } from '../lang.js';

interface SetupOptions {
  readonly lang?: string;
}

/** Builds the port for a CRM; tests may pass their own. */
export type PortFactory = (kind: 'hubspot' | 'salesforce', env: CliIo['env'], lang: Lang) => CrmPort;

function printReport(io: CliIo, report: ProvisionReport, lang: Lang, crm: string): void {
  for (const item of report.created) io.out(`  + ${t('crmCli.setup.created', lang)}: ${item}`);
  for (const item of report.unchanged) io.out(`  = ${t('crmCli.setup.unchanged', lang)}: ${item}`);
  for (const item of report.missing)
    io.out(
      `  ! ${t('crmCli.setup.missing', lang)}: ${item === ENTERPRISE_NEEDED ? t('crmCli.setup.enterprise', lang) : item}`,
    );
  io.out(
    t('crmCli.setup.summary', lang, {
      crm,
      created: report.created.length,
      unchanged: report.unchanged.length,
      missing: report.missing.length,
    }),
  );
}

export function registerSetup(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  makePort: PortFactory = crmPortFromEnv,
): void {
  const setup = program
    .command('setup')
    .description('set up or check the KAM metadata in the CRM / KAM-Metadaten im CRM einrichten oder prüfen');

  setup
    .command('hubspot')
    .description(
      'create the KAM properties and custom objects (idempotent) / KAM-Eigenschaften und -Objekte anlegen',
    )
    .addOption(langOption())
    .action(async (options: SetupOptions) => {
      const lang = resolveLang(options.lang, io.env);
      const port = makePort('hubspot', io.env, lang);
      const report = await port.provision(lang);
      printReport(io, report, lang, 'HubSpot');
      if (report.created.length === 0 && report.missing.length === 0)
        io.out(t('crmCli.setup.nothingChanged', lang));
      setExit(report.missing.length > 0 ? EXIT.failure : EXIT.ok);
    });

  setup
    .command('salesforce')
    .description(
      'check that the KAM metadata is deployed; lists what is missing / prüfen, ob die KAM-Metadaten bereitgestellt sind',
    )
    .addOption(langOption())
    .action(async (options: SetupOptions) => {
      const lang = resolveLang(options.lang, io.env);
      const port = makePort('salesforce', io.env, lang);
      const report = await port.provision(lang);
      for (const item of report.missing) io.out(`  ! ${t('crmCli.setup.missing', lang)}: ${item}`);
      io.out(
        report.missing.length === 0
          ? t('crmCli.setup.sfDeployed', lang)
          : t('crmCli.setup.sfMissing', lang, { count: report.missing.length }),
      );
      setExit(report.missing.length > 0 ? EXIT.failure : EXIT.ok);
    });
}
