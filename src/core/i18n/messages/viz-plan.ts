import type { MessageTemplate } from '../types.js';

/** Texts of the plan views (value chain, horizons, action plan timeline, portfolio matrix). */
export const vizPlanMessages = {
  // Wertkette nach Porter
  'viz.valueChain.title': {
    de: 'Wertkette des Kunden nach Porter',
    en: "The customer's value chain (Porter)",
  },
  'viz.valueChain.description': {
    de: 'Fünf primäre Aktivitäten als Pfeile, vier unterstützende als Balken darüber, rechts die Gewinnspanne. Bewertet: {assessed} von 9; Stärken: {strengths}, Schwächen: {weaknesses}, neutral: {neutral}; wo wir helfen: {contributions}.',
    en: 'Five primary activities as arrows, four support activities as bars above them, the margin on the right. Assessed: {assessed} of 9; strengths: {strengths}, weaknesses: {weaknesses}, neutral: {neutral}; where we help: {contributions}.',
  },
  'viz.valueChain.margin': { de: 'Gewinnspanne', en: 'Margin' },
  'viz.valueChain.notAssessed': { de: 'nicht bewertet', en: 'not assessed' },
  'viz.valueChain.impact': { de: 'Bedeutung {impact} von 3', en: 'impact {impact} of 3' },
  'viz.valueChain.impactScale': { de: 'Bedeutung 1–3', en: 'Impact 1–3' },
  'viz.valueChain.contribution': { de: 'Wo wir helfen', en: 'Where we help' },
  'viz.valueChain.contributionText': { de: 'Wo wir helfen: {text}', en: 'Where we help: {text}' },
  'viz.valueChain.activityLabel': {
    de: '{activity} – Bewertungen: {count}',
    en: '{activity} — assessments: {count}',
  },
  'viz.valueChain.more': { de: '+{count} weitere', en: '+{count} more' },

  // Analyse der Verkaufschancen
  'viz.horizons.title': {
    de: 'Verkaufschancen nach Horizont und Produktlinie',
    en: 'Opportunities by horizon and product line',
  },
  'viz.horizons.description': {
    de: 'Potenzial pro Jahr je Produktlinie, kurz-, mittel- und langfristig, neben dem Umsatz {year}. Potenzial gesamt: {volume} (gewichtet {weighted}); Umsatz {year}: {revenue}.',
    en: 'Potential per year by product line, short, medium and long term, next to the {year} revenue. Total potential: {volume} (weighted {weighted}); {year} revenue: {revenue}.',
  },
  'viz.horizons.currentRevenue': { de: 'Umsatz {year}', en: '{year} revenue' },
  'viz.horizons.volume': { de: 'Potenzial pro Jahr', en: 'Potential per year' },
  'viz.horizons.weighted': {
    de: 'gewichtet (× Wahrscheinlichkeit)',
    en: 'weighted (× probability)',
  },
  'viz.horizons.cell': {
    de: '{horizon}: {volume} (gewichtet {weighted})',
    en: '{horizon}: {volume} (weighted {weighted})',
  },
  'viz.horizons.total': {
    de: 'Potenzial gesamt: {volume} pro Jahr, gewichtet {weighted}',
    en: 'Total potential: {volume} a year, weighted {weighted}',
  },
  'viz.horizons.horizonTotal': { de: '{horizon}: {volume}', en: '{horizon}: {volume}' },
  'viz.horizons.shareOfWallet': {
    de: '{label}: {share} von {wallet} ({source})',
    en: '{label}: {share} of {wallet} ({source})',
  },
  'viz.horizons.wallet.stated': { de: 'angegebenes Einkaufsvolumen', en: 'stated category spend' },
  'viz.horizons.wallet.estimated': {
    de: 'geschätzt aus Umsatz und kurzfristigem Potenzial',
    en: 'estimated from revenue and short-term potential',
  },

  // Maßnahmenplanung über die Zeitachse
  'viz.timeline.title': { de: 'Maßnahmenplan über die Zeitachse', en: 'Action plan over time' },
  'viz.timeline.description': {
    de: 'Maßnahmen als Balken von Beginn bis Fälligkeit, mit Linie für heute und den Zielen pro Jahr. Maßnahmen: {total}, erledigt: {done}, überfällig: {overdue}; Zeitraum {from} bis {to}.',
    en: 'Actions as bars from start to due date, with a line for today and the goals per year. Actions: {total}, done: {done}, overdue: {overdue}; period {from} to {to}.',
  },
  'viz.timeline.today': { de: 'Heute', en: 'Today' },
  'viz.timeline.overdue': { de: 'überfällig', en: 'overdue' },
  'viz.timeline.overdueSince': { de: 'überfällig seit {date}', en: 'overdue since {date}' },
  'viz.timeline.actionLabel': {
    de: '{title} – {status}, {kind}, {start} bis {due}',
    en: '{title} — {status}, {kind}, {start} to {due}',
  },
  'viz.timeline.owner': { de: 'verantwortlich: {name}', en: 'owner: {name}' },
  'viz.timeline.noActions': { de: 'Keine Maßnahmen geplant.', en: 'No actions planned.' },
  'viz.timeline.goals': { de: 'Ziele pro Jahr', en: 'Goals per year' },
  'viz.timeline.noGoals': { de: 'Keine Umsatzziele im Plan.', en: 'No revenue targets in the plan.' },
  'viz.timeline.goal.target': { de: 'Ziel', en: 'Target' },
  'viz.timeline.goal.won': { de: 'gewonnen', en: 'Won' },
  'viz.timeline.goal.pipeline': { de: 'gewichtete Pipeline', en: 'Weighted pipeline' },
  'viz.timeline.goal.gap': { de: 'Lücke {amount}', en: 'Gap {amount}' },
  'viz.timeline.goal.ahead': { de: 'Vorsprung {amount}', en: 'Ahead by {amount}' },
  'viz.timeline.goal.label': {
    de: '{year}: Ziel {target}, gewonnen {won}, gewichtete Pipeline {pipeline}; {gap}',
    en: '{year}: target {target}, won {won}, weighted pipeline {pipeline}; {gap}',
  },
  'viz.timeline.month.1': { de: 'Jan', en: 'Jan' },
  'viz.timeline.month.2': { de: 'Feb', en: 'Feb' },
  'viz.timeline.month.3': { de: 'Mär', en: 'Mar' },
  'viz.timeline.month.4': { de: 'Apr', en: 'Apr' },
  'viz.timeline.month.5': { de: 'Mai', en: 'May' },
  'viz.timeline.month.6': { de: 'Jun', en: 'Jun' },
  'viz.timeline.month.7': { de: 'Jul', en: 'Jul' },
  'viz.timeline.month.8': { de: 'Aug', en: 'Aug' },
  'viz.timeline.month.9': { de: 'Sep', en: 'Sep' },
  'viz.timeline.month.10': { de: 'Okt', en: 'Oct' },
  'viz.timeline.month.11': { de: 'Nov', en: 'Nov' },
  'viz.timeline.month.12': { de: 'Dez', en: 'Dec' },

  // Portfolio der Key Accounts
  'viz.portfolio.title': { de: 'Key-Account-Portfolio', en: 'Key-account portfolio' },
  'viz.portfolio.description': {
    de: 'Accounts: {count}. Waagerecht die eigene Position, senkrecht die Kundenattraktivität; Blasengröße nach Umsatz, Buchstabe = Klasse; Pfeile zeigen die Bewegung seit der ältesten Bewertung (bewegt: {moved}).',
    en: 'Accounts: {count}. Our position across, customer attractiveness up; bubble size by revenue, letter = tier; arrows show the movement since the oldest score (moved: {moved}).',
  },
  'viz.portfolio.accountLabel': {
    de: '{name} – Klasse {tier}, Score {score}, {quadrant}; Kundenattraktivität {attractiveness}, eigene Position {position}; Umsatz {revenue}',
    en: '{name} — tier {tier}, score {score}, {quadrant}; customer attractiveness {attractiveness}, our position {position}; revenue {revenue}',
  },
  'viz.portfolio.moved': {
    de: 'seit {date} von Attraktivität {attractiveness} und Position {position} hierher bewegt',
    en: 'moved here since {date} from attractiveness {attractiveness} and position {position}',
  },
  'viz.portfolio.revenue': { de: 'Umsatz im letzten vollen Jahr', en: 'Revenue in the last full year' },
  'viz.portfolio.bandBelow': { de: 'unter {upper}', en: 'below {upper}' },
  'viz.portfolio.bandBetween': { de: '{lower} bis {upper}', en: '{lower} to {upper}' },
  'viz.portfolio.bandAbove': { de: 'ab {lower}', en: '{lower} and more' },
  'viz.portfolio.movement': {
    de: 'Bewegung seit der ältesten Bewertung',
    en: 'Movement since the oldest score',
  },
} as const satisfies Record<string, MessageTemplate>;
