/**
 * Positions in a customer's organisation: job title (German for DACH customers, English elsewhere),
 * department, where the position usually sits in the org chart and which buying-center roles it
 * usually plays.
 */
import type { BuyingRole } from '../../model/index.js';

export type PositionKey =
  | 'top'
  | 'cfo'
  | 'cto'
  | 'sales'
  | 'purchasing'
  | 'buyer'
  | 'production'
  | 'maintenance'
  | 'quality'
  | 'logistics'
  | 'it'
  | 'engineering'
  | 'maintenanceEngineer'
  | 'assistant'
  | 'hr'
  | 'energy';

interface Wording {
  /** Male and female German title. */
  readonly de: readonly [string, string];
  readonly en: string;
  readonly departmentDe: string;
  readonly departmentEn: string;
}

export interface Position {
  readonly key: PositionKey;
  readonly wording: Wording;
  /** Wording at a stock corporation (AG, SE, S.p.A., N.V., S.A.), where the top is a board. */
  readonly boardWording?: Wording;
  /** Preferred bosses, first present wins; the top of the organisation when none is present. */
  readonly reportsTo: readonly PositionKey[];
  /** Roles the position usually plays in the buying center (the decider is chosen separately). */
  readonly roles: readonly BuyingRole[];
  readonly influence: readonly [number, number];
  /** How likely the position is among the contacts we know. */
  readonly weight: number;
}

const head = (de: string, en: string, departmentDe: string, departmentEn: string): Wording => ({
  de: [`Leiter ${de}`, `Leiterin ${de}`],
  en: `Head of ${en}`,
  departmentDe,
  departmentEn,
});

export const POSITIONS: readonly Position[] = [
  {
    key: 'top',
    wording: {
      de: ['Geschäftsführer', 'Geschäftsführerin'],
      en: 'Managing Director',
      departmentDe: 'Geschäftsführung',
      departmentEn: 'Management',
    },
    boardWording: {
      de: ['Vorstandsvorsitzender', 'Vorstandsvorsitzende'],
      en: 'Chief Executive Officer',
      departmentDe: 'Vorstand',
      departmentEn: 'Executive Board',
    },
    reportsTo: [],
    roles: [],
    influence: [5, 5],
    weight: 0,
  },
  {
    key: 'cfo',
    wording: {
      de: ['Kaufmännischer Leiter', 'Kaufmännische Leiterin'],
      en: 'Chief Financial Officer',
      departmentDe: 'Finanzen und Controlling',
      departmentEn: 'Finance',
    },
    boardWording: {
      de: ['Finanzvorstand (CFO)', 'Finanzvorständin (CFO)'],
      en: 'Chief Financial Officer',
      departmentDe: 'Vorstand',
      departmentEn: 'Executive Board',
    },
    reportsTo: ['top'],
    roles: ['influencer'],
    influence: [4, 5],
    weight: 7,
  },
  {
    key: 'cto',
    wording: {
      de: ['Technischer Leiter', 'Technische Leiterin'],
      en: 'Technical Director',
      departmentDe: 'Technik',
      departmentEn: 'Engineering',
    },
    reportsTo: ['top'],
    roles: ['influencer'],
    influence: [4, 5],
    weight: 9,
  },
  {
    key: 'purchasing',
    wording: head('Einkauf', 'Purchasing', 'Einkauf', 'Purchasing'),
    reportsTo: ['cfo', 'top'],
    roles: ['buyer'],
    influence: [3, 4],
    weight: 12,
  },
  {
    key: 'production',
    wording: {
      de: ['Produktionsleiter', 'Produktionsleiterin'],
      en: 'Plant Manager',
      departmentDe: 'Produktion',
      departmentEn: 'Production',
    },
    reportsTo: ['cto', 'top'],
    roles: ['user', 'initiator'],
    influence: [3, 4],
    weight: 10,
  },
  {
    key: 'maintenance',
    wording: head('Instandhaltung', 'Maintenance', 'Instandhaltung', 'Maintenance'),
    reportsTo: ['production', 'cto', 'top'],
    roles: ['user'],
    influence: [2, 3],
    weight: 8,
  },
  {
    key: 'quality',
    wording: head('Qualitätsmanagement', 'Quality', 'Qualitätsmanagement', 'Quality'),
    reportsTo: ['cto', 'top'],
    roles: ['influencer'],
    influence: [2, 4],
    weight: 6,
  },
  {
    key: 'buyer',
    wording: {
      de: ['Strategischer Einkäufer', 'Strategische Einkäuferin'],
      en: 'Strategic Buyer',
      departmentDe: 'Einkauf',
      departmentEn: 'Purchasing',
    },
    reportsTo: ['purchasing', 'cfo', 'top'],
    roles: ['buyer'],
    influence: [2, 3],
    weight: 5,
  },
  {
    key: 'it',
    wording: head('IT', 'IT', 'IT', 'IT'),
    reportsTo: ['cfo', 'top'],
    roles: ['influencer'],
    influence: [2, 3],
    weight: 4,
  },
  {
    key: 'logistics',
    wording: head('Logistik', 'Logistics', 'Logistik', 'Logistics'),
    reportsTo: ['production', 'cfo', 'top'],
    roles: ['user'],
    influence: [2, 3],
    weight: 4,
  },
  {
    key: 'engineering',
    wording: head('Konstruktion', 'Design Engineering', 'Konstruktion und Entwicklung', 'R&D'),
    reportsTo: ['cto', 'top'],
    roles: ['influencer', 'user'],
    influence: [3, 4],
    weight: 4,
  },
  {
    key: 'maintenanceEngineer',
    wording: {
      de: ['Instandhaltungsingenieur', 'Instandhaltungsingenieurin'],
      en: 'Maintenance Engineer',
      departmentDe: 'Instandhaltung',
      departmentEn: 'Maintenance',
    },
    reportsTo: ['maintenance', 'production', 'cto', 'top'],
    roles: ['user'],
    influence: [1, 2],
    weight: 4,
  },
  {
    key: 'assistant',
    wording: {
      de: ['Assistent der Geschäftsführung', 'Assistentin der Geschäftsführung'],
      en: 'Executive Assistant',
      departmentDe: 'Geschäftsführung',
      departmentEn: 'Management',
    },
    boardWording: {
      de: ['Assistent des Vorstands', 'Assistentin des Vorstands'],
      en: 'Executive Assistant',
      departmentDe: 'Vorstand',
      departmentEn: 'Executive Board',
    },
    reportsTo: ['top'],
    roles: ['gatekeeper'],
    influence: [1, 3],
    weight: 3,
  },
  {
    key: 'sales',
    wording: {
      de: ['Vertriebsleiter', 'Vertriebsleiterin'],
      en: 'Sales Director',
      departmentDe: 'Vertrieb',
      departmentEn: 'Sales',
    },
    reportsTo: ['top'],
    roles: [],
    influence: [2, 4],
    weight: 3,
  },
  {
    key: 'hr',
    wording: head('Personal', 'HR', 'Personal', 'Human Resources'),
    reportsTo: ['cfo', 'top'],
    roles: ['influencer'],
    influence: [2, 3],
    weight: 2,
  },
  {
    key: 'energy',
    wording: {
      de: ['Energiemanager', 'Energiemanagerin'],
      en: 'Energy Manager',
      departmentDe: 'Technik',
      departmentEn: 'Engineering',
    },
    reportsTo: ['cto', 'production', 'top'],
    roles: ['initiator', 'influencer'],
    influence: [1, 3],
    weight: 2,
  },
];

export const POSITION_BY_KEY: ReadonlyMap<PositionKey, Position> = new Map(POSITIONS.map((p) => [p.key, p]));

/** Positions a user of our products holds, the natural coaches. */
export const COACH_POSITIONS: readonly PositionKey[] = [
  'maintenance',
  'maintenanceEngineer',
  'production',
  'engineering',
  'quality',
  'energy',
];
