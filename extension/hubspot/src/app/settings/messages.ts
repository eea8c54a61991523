/**
 * The settings page's texts in German and English. The page is bundled on its own, so it carries
 * its small catalog itself; the words follow the core catalog (metric labels, axis names).
 */
export type Lang = 'de' | 'en';

/** German for a German locale (`de`, `de-de`, `de-AT` …), English otherwise. */
export const langOf = (locale: string | undefined): Lang =>
  locale?.toLowerCase().startsWith('de') ? 'de' : 'en';

const MESSAGES = {
  title: { de: 'Bewertungsmodell', en: 'Scoring model' },
  loading: { de: 'Bewertungsmodell wird geladen …', en: 'Loading the scoring model …' },
  loadFailed: {
    de: 'Das Bewertungsmodell konnte nicht geladen werden',
    en: 'The scoring model could not be loaded',
  },
  retry: { de: 'Erneut versuchen', en: 'Try again' },
  unreachable: {
    de: 'Der KAM-Dienst ist nicht erreichbar. Bitte später erneut versuchen.',
    en: 'The KAM service cannot be reached. Please try again later.',
  },
  unexpected: {
    de: 'Unerwartete Antwort des KAM-Dienstes (HTTP {status}).',
    en: 'Unexpected answer from the KAM service (HTTP {status}).',
  },
  failed: {
    de: 'Etwas ist schiefgegangen. Bitte erneut versuchen.',
    en: 'Something went wrong. Please try again.',
  },
  version: { de: 'Version {version}', en: 'Version {version}' },
  isDefault: { de: 'Standardmodell', en: 'Default model' },
  isOwn: { de: 'Eigenes Modell', en: 'Own model' },
  axisShare: { de: '{axis}: {share} des Scores', en: '{axis}: {share} of the score' },
  criterion: { de: 'Kriterium', en: 'Criterion' },
  weight: { de: 'Gewicht in der Achse', en: 'Weight within the axis' },
  tiers: {
    de: 'Klasse A ab {a} Punkten, B ab {b}, darunter C.',
    en: 'Tier A from {a} points, B from {b}, below that C.',
  },
  warnings: { de: 'Hinweise zum Modell', en: 'Notes on the model' },
  choose: { de: 'Modell wählen', en: 'Choose the model' },
  choice: { de: 'Womit sollen die Key Accounts bewertet werden?', en: 'What should score the key accounts?' },
  'choice.default': { de: 'Standardmodell (empfohlen)', en: 'Default model (recommended)' },
  'choice.own': { de: 'Eigenes Modell als JSON', en: 'Own model as JSON' },
  json: { de: 'Modell (JSON)', en: 'Model (JSON)' },
  jsonHint: {
    de: 'Ein Modell im Format von „kam model show“. Der KAM-Dienst prüft es vor dem Speichern.',
    en: 'A model in the format of "kam model show". The KAM service checks it before saving.',
  },
  jsonEmpty: { de: 'Bitte ein Modell als JSON einfügen.', en: 'Please paste a model as JSON.' },
  jsonInvalid: { de: 'Kein gültiges JSON.', en: 'Not valid JSON.' },
  jsonInvalidAt: {
    de: 'Kein gültiges JSON (Zeile {line}, Spalte {column}).',
    en: 'Not valid JSON (line {line}, column {column}).',
  },
  save: { de: 'Speichern', en: 'Save' },
  saveFailed: { de: 'Das Modell wurde nicht gespeichert', en: 'The model was not saved' },
  saved: { de: 'Gespeichert', en: 'Saved' },
  savedText: {
    de: '„{name}“ bewertet ab jetzt alle Key Accounts.',
    en: '"{name}" now scores every key account.',
  },
  'axis.attractiveness': { de: 'Kundenattraktivität', en: 'Customer attractiveness' },
  'axis.position': { de: 'Eigene Position', en: 'Our position' },
  'metric.revenue_last_year': { de: 'Umsatz im Vorjahr', en: "Last year's revenue" },
  'metric.revenue_growth': { de: 'Umsatzwachstum', en: 'Revenue growth' },
  'metric.potential_weighted': { de: 'Gewichtetes Potenzial', en: 'Weighted potential' },
  'metric.margin_rate': { de: 'Deckungsbeitragsquote', en: 'Contribution margin' },
  'metric.ratings_mean': { de: 'Strategische Bewertung', en: 'Strategic ratings' },
  'metric.rating_strategic_fit': { de: 'Strategische Passung', en: 'Strategic fit' },
  'metric.rating_reference_value': { de: 'Referenzwert', en: 'Reference value' },
  'metric.rating_innovation': { de: 'Innovationskraft', en: 'Innovation' },
  'metric.rating_centralised_purchasing': { de: 'Zentraler Einkauf', en: 'Centralised purchasing' },
  'metric.rating_creditworthiness': { de: 'Bonität', en: 'Creditworthiness' },
  'metric.customer_size': { de: 'Umsatz des Kunden', en: "Customer's revenue" },
  'metric.share_of_wallet': { de: 'Lieferanteil (Share of Wallet)', en: 'Share of wallet' },
  'metric.buying_center_coverage': { de: 'Abdeckung des Buying Centers', en: 'Buying-center coverage' },
  'metric.decider_attitude': { de: 'Einstellung des Entscheiders', en: "Decider's attitude" },
  'metric.relationship_breadth': { de: 'Breite der Beziehung', en: 'Relationship breadth' },
  'metric.plan_execution': { de: 'Umsetzung des Maßnahmenplans', en: 'Action plan execution' },
  'metric.freshness_days': { de: 'Aktualität der Informationen', en: 'Freshness of information' },
} as const satisfies Record<string, { readonly de: string; readonly en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(
  key: MessageKey,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A metric's label, or its id when the catalog does not know it (a newer service). */
export function metricLabel(metric: string, lang: Lang): string {
  const key = `metric.${metric}`;
  return key in MESSAGES ? t(key as MessageKey, lang) : metric;
}

/** A share 0…1 as a whole percentage in the language's format. */
export const formatShare = (share: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
