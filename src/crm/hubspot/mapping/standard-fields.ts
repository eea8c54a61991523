/**
 * HubSpot's own property names the mapping reads and writes (every `kam_…` name comes from `HS`).
 * These exist in every portal; the company's last activity date is computed by HubSpot and only read.
 */
export const HS_STANDARD = {
  company: {
    name: 'name',
    industry: 'industry',
    country: 'country',
    city: 'city',
    employees: 'numberofemployees',
    annualRevenue: 'annualrevenue',
    owner: 'hubspot_owner_id',
    /** "Last Activity Date": last logged call, meeting, e-mail or note. Read only. */
    lastActivity: 'notes_last_updated',
  },
  contact: {
    firstName: 'firstname',
    lastName: 'lastname',
    email: 'email',
    jobTitle: 'jobtitle',
  },
  deal: {
    name: 'dealname',
    amount: 'amount',
    stage: 'dealstage',
    /** A datetime in HubSpot; the core keeps the calendar date. */
    closeDate: 'closedate',
    /** Writable probability 0…1; `stageProbability` is derived from the stage and read only. */
    probability: 'hs_forecast_probability',
    stageProbability: 'hs_deal_stage_probability',
  },
} as const;

export type DealOutcome = 'open' | 'won' | 'lost';

export interface DealStageOption {
  /** Internal stage id (`dealstage` value). */
  readonly id: string;
  readonly label: string;
  readonly outcome: DealOutcome;
}

/** The stages of HubSpot's default sales pipeline, used when the caller gives none. */
export const DEFAULT_DEAL_STAGES: readonly DealStageOption[] = [
  { id: 'appointmentscheduled', label: 'Appointment scheduled', outcome: 'open' },
  { id: 'qualifiedtobuy', label: 'Qualified to buy', outcome: 'open' },
  { id: 'presentationscheduled', label: 'Presentation scheduled', outcome: 'open' },
  { id: 'decisionmakerboughtin', label: 'Decision maker bought-in', outcome: 'open' },
  { id: 'contractsent', label: 'Contract sent', outcome: 'open' },
  { id: 'closedwon', label: 'Closed won', outcome: 'won' },
  { id: 'closedlost', label: 'Closed lost', outcome: 'lost' },
];
