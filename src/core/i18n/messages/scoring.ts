import type { MessageTemplate } from '../types.js';

/** Metric labels, score reasons, unknown-data reasons and model guardrails. */
export const scoringMessages = {
  'metric.revenue_last_year': { de: 'Umsatz im Vorjahr', en: "Last year's revenue" },
  'metric.revenue_growth': { de: 'Umsatzwachstum', en: 'Revenue growth' },
  'metric.potential_weighted': { de: 'Gewichtetes Potenzial', en: 'Weighted potential' },
  'metric.margin_rate': { de: 'Deckungsbeitragsquote', en: 'Contribution margin' },
  'metric.ratings_mean': { de: 'Strategische Bewertung', en: 'Strategic ratings' },
  'metric.customer_size': { de: 'Umsatz des Kunden', en: "Customer's revenue" },
  'metric.share_of_wallet': { de: 'Lieferanteil (Share of Wallet)', en: 'Share of wallet' },
  'metric.buying_center_coverage': { de: 'Abdeckung des Buying Centers', en: 'Buying-center coverage' },
  'metric.decider_attitude': { de: 'Einstellung des Entscheiders', en: "Decider's attitude" },
  'metric.relationship_breadth': { de: 'Breite der Beziehung', en: 'Relationship breadth' },
  'metric.plan_execution': { de: 'Umsetzung des Maßnahmenplans', en: 'Action plan execution' },
  'metric.freshness_days': { de: 'Aktualität der Informationen', en: 'Freshness of information' },

  'reason.revenue_last_year.strong': {
    de: 'Hoher Umsatz im Vorjahr: {value}',
    en: 'High revenue last year: {value}',
  },
  'reason.revenue_last_year.weak': {
    de: 'Geringer Umsatz im Vorjahr: {value}',
    en: 'Low revenue last year: {value}',
  },
  'reason.revenue_growth.strong': {
    de: 'Umsatz wächst um {value} pro Jahr',
    en: 'Revenue grows {value} a year',
  },
  'reason.revenue_growth.weak': {
    de: 'Umsatzentwicklung schwach: {value} pro Jahr',
    en: 'Weak revenue trend: {value} a year',
  },
  'reason.potential_weighted.strong': {
    de: 'Großes Potenzial: {value} pro Jahr (gewichtet)',
    en: 'Large potential: {value} a year (weighted)',
  },
  'reason.potential_weighted.weak': {
    de: 'Wenig Potenzial: {value} pro Jahr (gewichtet)',
    en: 'Little potential: {value} a year (weighted)',
  },
  'reason.margin_rate.strong': {
    de: 'Guter Deckungsbeitrag: {value}',
    en: 'Good contribution margin: {value}',
  },
  'reason.margin_rate.weak': {
    de: 'Niedriger Deckungsbeitrag: {value}',
    en: 'Low contribution margin: {value}',
  },
  'reason.ratings_mean.strong': {
    de: 'Strategisch wichtig: Bewertung {value} von 5',
    en: 'Strategically important: rated {value} of 5',
  },
  'reason.ratings_mean.weak': {
    de: 'Strategisch wenig bedeutend: Bewertung {value} von 5',
    en: 'Of little strategic importance: rated {value} of 5',
  },
  'reason.rating.strong': { de: '{label}: {value} von 5', en: '{label}: {value} of 5' },
  'reason.rating.weak': { de: '{label} nur {value} von 5', en: '{label} only {value} of 5' },
  'reason.customer_size.strong': {
    de: 'Großer Kunde: {value} Jahresumsatz',
    en: 'Large customer: {value} annual revenue',
  },
  'reason.customer_size.weak': {
    de: 'Kleiner Kunde: {value} Jahresumsatz',
    en: 'Small customer: {value} annual revenue',
  },
  'reason.share_of_wallet.strong': { de: 'Hoher Lieferanteil: {value}', en: 'High share of wallet: {value}' },
  'reason.share_of_wallet.weak': { de: 'Geringer Lieferanteil: {value}', en: 'Low share of wallet: {value}' },
  'reason.buying_center_coverage.strong': {
    de: 'Buying Center gut abgedeckt ({value} der Schlüsselrollen)',
    en: 'Buying center well covered ({value} of key roles)',
  },
  'reason.buying_center_coverage.weak': {
    de: 'Buying Center lückenhaft ({value} der Schlüsselrollen)',
    en: 'Buying center poorly covered ({value} of key roles)',
  },
  'reason.decider_attitude.strong': {
    de: 'Entscheider steht hinter uns (Einstellung {value})',
    en: 'The decider is on our side (attitude {value})',
  },
  'reason.decider_attitude.weak': {
    de: 'Entscheider ist skeptisch (Einstellung {value})',
    en: 'The decider is sceptical (attitude {value})',
  },
  'reason.relationship_breadth.strong': {
    de: 'Breite Beziehung: {value} Ansprechpartner im Buying Center',
    en: 'Broad relationship: {value} contacts in the buying center',
  },
  'reason.relationship_breadth.weak': {
    de: 'Schmale Beziehung: nur {value} Ansprechpartner im Buying Center',
    en: 'Narrow relationship: only {value} contacts in the buying center',
  },
  'reason.plan_execution.strong': {
    de: 'Maßnahmenplan wird umgesetzt: {value} der fälligen Maßnahmen erledigt',
    en: 'Action plan on track: {value} of due actions done',
  },
  'reason.plan_execution.weak': {
    de: 'Maßnahmenplan stockt: nur {value} der fälligen Maßnahmen erledigt',
    en: 'Action plan stalls: only {value} of due actions done',
  },
  'reason.freshness_days.strong': {
    de: 'Informationen aktuell: letzter Kontakt vor {value} Tagen',
    en: 'Information is current: last touch {value} days ago',
  },
  'reason.freshness_days.weak': {
    de: 'Informationen veraltet: letzter Kontakt vor {value} Tagen',
    en: 'Information is stale: last touch {value} days ago',
  },

  'unknown.noWonDeals': { de: 'Keine gewonnenen Aufträge erfasst', en: 'No won deals recorded' },
  'unknown.noGrowthBase': {
    de: 'Kein Umsatz in den Vorjahren, von dem aus Wachstum messbar wäre',
    en: 'No revenue in earlier years to measure growth from',
  },
  'unknown.noPotentials': { de: 'Keine Potenziale erfasst', en: 'No potentials recorded' },
  'unknown.noMargins': {
    de: 'Kein Deckungsbeitrag zu den Aufträgen der letzten drei Jahre erfasst',
    en: 'No contribution margin recorded on the deals of the last three years',
  },
  'unknown.noRatings': { de: 'Keine Auswahlkriterien bewertet', en: 'No selection ratings given' },
  'unknown.rating': { de: 'Nicht bewertet', en: 'Not rated' },
  'unknown.noCustomerRevenue': {
    de: 'Umsatz des Kunden nicht erfasst',
    en: "Customer's revenue not recorded",
  },
  'unknown.noWallet': {
    de: 'Weder Bedarf des Kunden noch kurzfristiges Potenzial erfasst',
    en: "Neither the customer's spend nor short-term potential recorded",
  },
  'unknown.noDecider': { de: 'Kein Entscheider bekannt', en: 'No decider known' },
  'unknown.deciderAttitude': {
    de: 'Einstellung des Entscheiders unbekannt',
    en: "Decider's attitude unknown",
  },
  'unknown.noActionsDue': { de: 'Noch keine Maßnahme fällig', en: 'No action due yet' },
  'unknown.noTouchPoints': {
    de: 'Keine Aktivität, Bestätigung oder erledigte Maßnahme erfasst',
    en: 'No activity, confirmation or completed action recorded',
  },

  'unit.rating': { de: '{value} von 5', en: '{value} of 5' },
  'unit.days': { de: '{value} Tage', en: '{value} days' },
  'unit.plain': { de: '{value}', en: '{value}' },

  'gap.axisWithoutData': {
    de: 'Keine Daten für die Achse „{axis}“: Sie zählt mit 0.',
    en: 'No data for the axis "{axis}": it counts as 0.',
  },
  'gap.criterionUnknown': {
    de: 'Daten fehlen – {label}: {reason}.',
    en: 'Data missing – {label}: {reason}.',
  },

  'model.weightBelowMinimum': {
    de: 'Kriterium „{criterion}“ hat nur {share} Gewicht auf seiner Achse (unter 10 %): Lohnt es sich?',
    en: 'Criterion "{criterion}" has only {share} of its axis weight (under 10 %): is it worth keeping?',
  },
  'model.axisIgnored': {
    de: 'Die Achse „{axis}“ hat das Gewicht 0 und zählt nicht zum Score.',
    en: 'The axis "{axis}" has weight 0 and does not count towards the score.',
  },
} as const satisfies Record<string, MessageTemplate>;
