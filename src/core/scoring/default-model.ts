import type { ScoringModelInput } from './model.js';
import { ScoringModel } from './model.js';

/**
 * The default key-account model, built from KAM practice (Auswahl der Key Accounts):
 *
 * Customer attractiveness — is the investment in this customer justified?
 *   revenue last year (log scale 10k–1M), revenue growth (−20 %…+30 % a year), weighted potential
 *   over all horizons (log 10k–1M a year), contribution margin (10–45 %), and the manager's
 *   strategic ratings (strategic fit, reference value, innovation, centralised purchasing,
 *   creditworthiness; mean on 1–5).
 * Our position — how well placed are we to win it?
 *   share of wallet (0–60 %), buying-center coverage of the key roles, the decider's attitude
 *   (−2…+2), relationship breadth (1–8 engaged contacts), action plan execution, and freshness
 *   (0–180 days since the last touch point; fewer is better).
 *
 * Attractiveness counts 60 % and position 40 % of the score: selection asks first whether a customer
 * is worth it. Tier A from 65, B from 45. The quadrants split both axes at 50.
 */
export const DEFAULT_MODEL_DATA = {
  id: 'kam-default',
  version: '1.0.0',
  name: { de: 'KAM-Standardmodell', en: 'KAM default model' },
  description: {
    de: 'Kundenattraktivität (Umsatz, Wachstum, Potenzial, Deckungsbeitrag, strategische Bewertung) × eigene Position (Lieferanteil, Buying Center, Entscheider, Beziehungsbreite, Maßnahmenplan, Aktualität).',
    en: 'Customer attractiveness (revenue, growth, potential, margin, strategic ratings) × our position (share of wallet, buying center, decider, relationship breadth, action plan, freshness).',
  },
  axisWeights: { attractiveness: 60, position: 40 },
  criteria: [
    {
      id: 'revenue',
      axis: 'attractiveness',
      metric: 'revenue_last_year',
      weight: 25,
      direction: 'higher_is_better',
      scale: { type: 'log', min: 10_000, max: 1_000_000 },
    },
    {
      id: 'growth',
      axis: 'attractiveness',
      metric: 'revenue_growth',
      weight: 15,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: -0.2, max: 0.3 },
    },
    {
      id: 'potential',
      axis: 'attractiveness',
      metric: 'potential_weighted',
      weight: 25,
      direction: 'higher_is_better',
      scale: { type: 'log', min: 10_000, max: 1_000_000 },
    },
    {
      id: 'margin',
      axis: 'attractiveness',
      metric: 'margin_rate',
      weight: 15,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: 0.1, max: 0.45 },
    },
    {
      id: 'strategic_ratings',
      axis: 'attractiveness',
      metric: 'ratings_mean',
      weight: 20,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: 1, max: 5 },
    },
    {
      id: 'share_of_wallet',
      axis: 'position',
      metric: 'share_of_wallet',
      weight: 20,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: 0, max: 0.6 },
    },
    {
      id: 'coverage',
      axis: 'position',
      metric: 'buying_center_coverage',
      weight: 20,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: 0, max: 1 },
    },
    {
      id: 'decider',
      axis: 'position',
      metric: 'decider_attitude',
      weight: 20,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: -2, max: 2 },
    },
    {
      id: 'breadth',
      axis: 'position',
      metric: 'relationship_breadth',
      weight: 15,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: 1, max: 8 },
    },
    {
      id: 'plan_execution',
      axis: 'position',
      metric: 'plan_execution',
      weight: 15,
      direction: 'higher_is_better',
      scale: { type: 'linear', min: 0, max: 1 },
    },
    {
      id: 'freshness',
      axis: 'position',
      metric: 'freshness_days',
      weight: 10,
      direction: 'lower_is_better',
      scale: { type: 'linear', min: 0, max: 180 },
    },
  ],
  tiers: { A: 65, B: 45 },
  quadrantSplit: { attractiveness: 50, position: 50 },
  quadrants: {
    invest: {
      label: { de: 'Ausbauen', en: 'Invest' },
      strategy: {
        de: 'Key Account: Partnerschaft vertiefen, Ressourcen gezielt investieren.',
        en: 'Key account: deepen the partnership and invest resources on purpose.',
      },
    },
    develop: {
      label: { de: 'Entwickeln', en: 'Develop' },
      strategy: {
        de: 'Attraktiv, aber unsere Position ist schwach: Buying Center erschließen und Position aufbauen – oder bewusst verzichten.',
        en: 'Attractive, but our position is weak: open up the buying center and build our position — or decide not to.',
      },
    },
    maintain: {
      label: { de: 'Halten', en: 'Maintain' },
      strategy: {
        de: 'Gute Position bei begrenzter Attraktivität: effizient betreuen und Ertrag sichern.',
        en: 'Good position, limited attractiveness: serve efficiently and secure the margin.',
      },
    },
    reduce: {
      label: { de: 'Reduzieren', en: 'Reduce' },
      strategy: {
        de: 'Klassischer Verkauf statt KAM: Standardbetreuung ohne zusätzlichen Aufwand.',
        en: 'Classic selling instead of KAM: standard service without extra effort.',
      },
    },
  },
  maxReasons: 4,
} as const satisfies ScoringModelInput;

export const DEFAULT_MODEL: ScoringModel = ScoringModel.parse(DEFAULT_MODEL_DATA);
