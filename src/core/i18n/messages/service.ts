import type { MessageTemplate } from '../types.js';

/** The KAM service: start-up, API answers and what the worker reports. */
export const serviceMessages = {
  'service.env.missing': {
    de: '{name} ist nicht gesetzt',
    en: '{name} is not set',
  },
  'service.env.invalid': { de: '{name} ist ungültig: {problem}', en: '{name} is invalid: {problem}' },
  'service.error.badSignature': {
    de: 'Signatur ungültig ({reason})',
    en: 'invalid signature ({reason})',
  },
  'service.error.notConfigured': {
    de: '{what} ist auf diesem Server nicht eingerichtet',
    en: '{what} is not configured on this server',
  },
  'service.error.unknownTenant': {
    de: 'unbekannte Installation: {crm} {id}',
    en: 'unknown installation: {crm} {id}',
  },
  'service.error.badBody': { de: 'ungültige Anfrage: {problem}', en: 'invalid request: {problem}' },
  'service.error.tooLarge': {
    de: 'Anfrage zu groß (höchstens {max} Bytes)',
    en: 'request too large (at most {max} bytes)',
  },
  'service.error.notFound': { de: 'nicht gefunden: {what}', en: 'not found: {what}' },
  'service.error.unavailable': {
    de: 'vorübergehend nicht verfügbar, bitte erneut versuchen',
    en: 'temporarily unavailable, please retry',
  },
  'service.error.scoreFailed': {
    de: 'Der Score konnte nicht berechnet werden: {reason}',
    en: 'The score could not be computed: {reason}',
  },
  'service.error.internal': {
    de: 'interner Fehler (Referenz {ref})',
    en: 'internal error (reference {ref})',
  },
  'service.error.badLink': {
    de: 'Dieser Link zum KAM-Arbeitsbereich ist ungültig. Öffnen Sie ihn erneut über die KAM-Karte im CRM.',
    en: 'This link to the KAM workspace is not valid. Open it again from the KAM card in your CRM.',
  },
  'service.error.linkExpired': {
    de: 'Dieser Link zum KAM-Arbeitsbereich ist abgelaufen. Öffnen Sie ihn erneut über die KAM-Karte im CRM.',
    en: 'This link to the KAM workspace has expired. Open it again from the KAM card in your CRM.',
  },
  'service.error.linkScope': {
    de: 'Dieser Link öffnet nur den Key Account {id}. Das Portfolio öffnen Sie über einen Portfolio-Link.',
    en: 'This link opens key account {id} only. Open the portfolio with a portfolio link.',
  },
  'service.job.notKeyAccount': {
    de: '{id} ist kein Key Account',
    en: '{id} is not a key account',
  },
  'service.oauth.badState': {
    de: 'Die Installation ist abgelaufen oder wurde nicht hier begonnen; bitte erneut installieren.',
    en: 'The installation expired or was not started here; please install again.',
  },
  'service.oauth.installedTitle': { de: 'KAM ist installiert', en: 'KAM is installed' },
  'service.oauth.installed': {
    de: 'Portal {portal} ist verbunden. Die Key-Account-Scores werden jetzt berechnet; dieses Fenster kann geschlossen werden.',
    en: 'Portal {portal} is connected. Key-account scores are being computed now; you can close this window.',
  },
} as const satisfies Record<string, MessageTemplate>;
