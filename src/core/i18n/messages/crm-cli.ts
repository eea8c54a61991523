import type { MessageTemplate } from '../types.js';

/** The `kam setup` and `kam rescore` commands and their CRM connection settings. */
export const crmCliMessages = {
  'crmCli.env.missing': {
    de: '{name} ist nicht gesetzt (nötig für {crm})',
    en: '{name} is not set (needed for {crm})',
  },
  'crmCli.env.invalid': { de: '{name} ist ungültig: {problem}', en: '{name} is invalid: {problem}' },
  'crmCli.env.url': {
    de: 'erwartet eine http(s)-URL',
    en: 'expected an http(s) URL',
  },
  'crmCli.env.version': {
    de: 'erwartet eine API-Version wie 62.0',
    en: 'expected an API version such as 62.0',
  },
  'crmCli.env.token': {
    de: 'das Token ist leer oder enthält Leerzeichen',
    en: 'the token is empty or contains whitespace',
  },
  'crmCli.crm.none': {
    de: 'kein CRM eingerichtet: HUBSPOT_ACCESS_TOKEN oder SALESFORCE_INSTANCE_URL und SALESFORCE_ACCESS_TOKEN setzen',
    en: 'no CRM configured: set HUBSPOT_ACCESS_TOKEN, or SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN',
  },
  'crmCli.crm.both': {
    de: 'HubSpot und Salesforce sind beide eingerichtet: --crm hubspot oder --crm salesforce angeben',
    en: 'both HubSpot and Salesforce are configured: pass --crm hubspot or --crm salesforce',
  },
  'crmCli.setup.created': { de: 'angelegt', en: 'created' },
  'crmCli.setup.unchanged': { de: 'unverändert', en: 'unchanged' },
  'crmCli.setup.missing': { de: 'fehlt', en: 'missing' },
  'crmCli.setup.summary': {
    de: '{crm}: {created} angelegt, {unchanged} unverändert, {missing} fehlen.',
    en: '{crm}: {created} created, {unchanged} unchanged, {missing} missing.',
  },
  'crmCli.setup.nothingChanged': {
    de: 'Nichts geändert: alles ist schon eingerichtet.',
    en: 'Nothing changed: everything is already set up.',
  },
  'crmCli.setup.enterprise': {
    de: 'Eigene Objekte brauchen HubSpot Enterprise (oder der App fehlt der Scope crm.schemas.custom.write): Beziehung, Wertkettennotiz, Potenzial, Account-Plan und Maßnahme können nicht angelegt werden.',
    en: 'Custom objects need HubSpot Enterprise (or the app lacks the crm.schemas.custom.write scope): relationship, value chain note, potential, account plan and action cannot be created.',
  },
  'crmCli.setup.sfDeployed': {
    de: 'Salesforce: die KAM-Metadaten sind vollständig bereitgestellt.',
    en: 'Salesforce: the KAM metadata is fully deployed.',
  },
  'crmCli.setup.sfMissing': {
    de: 'Salesforce: {count} Lücken in den KAM-Metadaten — das Projekt bereitstellen (npm run build, dann sf project deploy start).',
    en: 'Salesforce: {count} gaps in the KAM metadata — deploy the project (npm run build, then sf project deploy start).',
  },
  'crmCli.rescore.scope': {
    de: '--all oder --account ID angeben (nicht beides)',
    en: 'pass --all or --account ID (not both)',
  },
  'crmCli.rescore.progress': {
    de: 'Neubewertung: {done}/{total} Accounts · {calls} Aufrufe · {rate} Accounts/s',
    en: 'rescore: {done}/{total} accounts · {calls} calls · {rate} accounts/s',
  },
  'crmCli.rescore.bar': {
    de: '{bar} {value}/{total} Accounts · {calls} Aufrufe · {rate} Accounts/s',
    en: '{bar} {value}/{total} accounts · {calls} calls · {rate} accounts/s',
  },
  'crmCli.rescore.summary': {
    de: '{crm}: {scored} bewertet, {changed} geändert, {written} geschrieben, {failed} fehlgeschlagen · {calls} API-Aufrufe · {seconds} s',
    en: '{crm}: {scored} scored, {changed} changed, {written} written, {failed} failed · {calls} API calls · {seconds} s',
  },
  'crmCli.rescore.dryRun': {
    de: 'Probelauf: nichts geschrieben ({crm}: {scored} bewertet, {failed} fehlgeschlagen · {calls} API-Aufrufe · {seconds} s)',
    en: 'dry run: nothing written ({crm}: {scored} scored, {failed} failed · {calls} API calls · {seconds} s)',
  },
  'crmCli.rescore.stopped': {
    de: 'Abgebrochen, der Rest wurde nicht bewertet: {reason}',
    en: 'Stopped, the rest was not scored: {reason}',
  },
  'crmCli.rescore.failure': { de: '  Account {id}: {reason}', en: '  account {id}: {reason}' },
  'crmCli.rescore.scoreFailed': {
    de: 'Bewertung fehlgeschlagen: {reason}',
    en: 'scoring failed: {reason}',
  },
  'crmCli.rescore.notKeyAccount': {
    de: 'kein Key Account (nichts geschrieben)',
    en: 'not a key account (nothing written)',
  },
  'crmCli.rescore.notLoaded': {
    de: 'nicht gefunden oder nicht geladen',
    en: 'not found or not loaded',
  },
} as const satisfies Record<string, MessageTemplate>;
