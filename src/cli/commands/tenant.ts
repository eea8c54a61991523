import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/index.js';
import { modelWarnings, ScoringModel } from '../../core/scoring/index.js';
import { readJsonFile } from '../read-input.js';
import { openStore, secretBoxFromEnv } from '../../store/index.js';
import type { Store, TenantInput } from '../../store/port.js';
import { serviceConfig } from '../../service/config.js';
import { LinkSigner, workspaceLink } from '../../service/workspace/link-token.js';
import { hubSpotPrivateApp, salesforceJwt, TenantInputError } from '../../service/tenants/tenant-input.js';
import type { CliIo } from '../io.js';
import { EXIT, InputError } from '../io.js';
import { langOption, resolveLang } from '../lang.js';

async function withStore<T>(io: CliIo, lang: Lang, fn: (store: Store) => Promise<T>): Promise<T> {
  const config = serviceConfig(io.env, lang);
  let store: Store;
  try {
    store = await openStore(config.KAM_STORE_URL, secretBoxFromEnv(io.env));
  } catch (e) {
    throw new InputError(e instanceof Error ? e.message : String(e));
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function input(fn: () => Promise<TenantInput> | TenantInput): Promise<TenantInput> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof TenantInputError) throw new InputError(e.message);
    throw e;
  }
}

/** `kam tenant add|list|remove`: the installations the service works for, kept in its store. */
export function registerTenant(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const tenant = program
    .command('tenant')
    .description(
      'installations the service works for (HubSpot portals, Salesforce orgs) / Installationen verwalten',
    );

  const add = tenant.command('add').description('add or update an installation / Installation hinzufügen');
  add
    .command('hubspot')
    .description(
      'a HubSpot portal with a private-app token (HUBSPOT_ACCESS_TOKEN); OAuth apps install at /oauth/hubspot/install',
    )
    .requiredOption('--portal-id <id>', 'the portal (hub) id')
    .option('--name <name>', 'a name to show')
    .addOption(langOption())
    .action(async (o: { portalId: string; name?: string; lang?: string }) => {
      const lang = resolveLang(o.lang, io.env);
      const t = await input(() => hubSpotPrivateApp(io.env, o.portalId, o.name, lang));
      const saved = await withStore(io, lang, (store) => store.saveTenant(t));
      io.out(`${saved.id}  ${saved.name}`);
      setExit(EXIT.ok);
    });
  add
    .command('salesforce')
    .description(
      'a Salesforce org through the JWT bearer flow (SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME, SALESFORCE_PRIVATE_KEY_FILE, SALESFORCE_LOGIN_URL)',
    )
    .option('--name <name>', 'a name to show')
    .addOption(langOption())
    .action(async (o: { name?: string; lang?: string }) => {
      const lang = resolveLang(o.lang, io.env);
      const t = await input(() => salesforceJwt(io.env, io.readFile, o.name, lang, io.now().getTime()));
      const saved = await withStore(io, lang, (store) => store.saveTenant(t));
      io.out(`${saved.id}  ${saved.name}  ${saved.apiBaseUrl}`);
      setExit(EXIT.ok);
    });

  tenant
    .command('list')
    .description('list installations (credentials are never shown) / Installationen auflisten')
    .action(async () => {
      const lang = resolveLang(undefined, io.env);
      const tenants = await withStore(io, lang, (store) => store.tenants());
      for (const x of tenants)
        io.out(`${x.id}  ${x.credentials.kind}  ${x.lang}  ${x.apiBaseUrl}  ${x.name}`);
      setExit(EXIT.ok);
    });

  tenant
    .command('set-model <id>')
    .description(
      'use a scoring model of your own for one installation / eigenes Bewertungsmodell einer Installation',
    )
    .requiredOption('--file <model.json>', 'the model (start from `kam model show`)')
    .addOption(langOption())
    .action(async (id: string, o: { file: string; lang?: string }) => {
      const lang = resolveLang(o.lang, io.env);
      const model = await readJsonFile(o.file, ScoringModel, io.readFile, lang);
      await withStore(io, lang, async (store) => {
        if (!(await store.tenant(id))) throw new InputError(`no installation ${id}`);
        await store.saveScoringModel(id, model);
      });
      for (const w of modelWarnings(model)) io.err(`! ${w.text[lang]}`);
      io.out(`${id}: ${model.id} ${model.version}`);
      setExit(EXIT.ok);
    });

  tenant
    .command('link <id>')
    .description(
      'a link that opens the KAM workspace for one installation / Link zum KAM-Arbeitsbereich einer Installation',
    )
    .option('--account <id>', 'a link for this key account only (without: the whole portfolio)')
    .addOption(langOption())
    .action(async (id: string, o: { account?: string; lang?: string }) => {
      const lang = resolveLang(o.lang, io.env);
      const config = serviceConfig(io.env, lang);
      if (!(await withStore(io, lang, (store) => store.tenant(id))))
        throw new InputError(`no installation ${id}`);
      const link = workspaceLink(new LinkSigner(config.KAM_ENCRYPTION_KEY), {
        base: config.KAM_PUBLIC_URL ?? `http://${config.KAM_HOST}:${config.KAM_PORT}`,
        tenantId: id,
        validHours: config.KAM_WORKSPACE_LINK_HOURS,
        now: io.now().getTime(),
        ...(o.account ? { accountId: o.account } : {}),
        ...(o.lang ? { lang } : {}),
      });
      io.out(link.url);
      io.err(`valid until ${link.expiresAt}`);
      setExit(EXIT.ok);
    });

  tenant
    .command('remove <id>')
    .description('remove an installation and everything kept for it / Installation entfernen')
    .action(async (id: string) => {
      const lang = resolveLang(undefined, io.env);
      const found = await withStore(io, lang, async (store) => {
        const existing = await store.tenant(id);
        if (existing) await store.deleteTenant(id);
        return existing !== undefined;
      });
      if (!found) throw new InputError(`no installation ${id}`);
      io.out(`removed ${id}`);
      setExit(EXIT.ok);
    });
}
