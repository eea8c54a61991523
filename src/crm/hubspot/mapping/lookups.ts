import type { DealOutcome, DealStageOption } from './standard-fields.js';
import { DEFAULT_DEAL_STAGES } from './standard-fields.js';

/**
 * What a portal knows that records only reference by id: owners, deal stages, industry options,
 * the company currency. The adapter reads them once per portal (owners API, pipelines API, the
 * `industry` property's options) and passes them in; the mapping stays pure.
 */
export interface HubSpotLookupsInput {
  readonly owners?: readonly { readonly id: string; readonly name: string }[];
  /** Stages of every deal pipeline; default: HubSpot's default pipeline. */
  readonly dealStages?: readonly DealStageOption[];
  /** Options of the company `industry` property (value and label as the portal shows it). */
  readonly industries?: readonly { readonly value: string; readonly label: string }[];
  /** The portal's company currency (HubSpot companies carry none). Default EUR. */
  readonly currency?: string;
}

/** The lookups indexed both ways. Build once per portal with `hubSpotLookups`. */
export class HubSpotLookups {
  readonly currency: string;
  private readonly ownerName = new Map<string, string>();
  private readonly ownerId = new Map<string, string>();
  private readonly stageById = new Map<string, DealStageOption>();
  private readonly stages: readonly DealStageOption[];
  private readonly industryLabel = new Map<string, string>();
  private readonly industryValue = new Map<string, string>();

  constructor(input: HubSpotLookupsInput = {}) {
    this.currency = input.currency ?? 'EUR';
    for (const o of input.owners ?? []) {
      this.ownerName.set(o.id, o.name);
      if (!this.ownerId.has(o.name)) this.ownerId.set(o.name, o.id);
    }
    this.stages = input.dealStages ?? DEFAULT_DEAL_STAGES;
    for (const s of this.stages) this.stageById.set(s.id, s);
    for (const i of input.industries ?? []) {
      this.industryLabel.set(i.value, i.label);
      if (!this.industryValue.has(i.label)) this.industryValue.set(i.label, i.value);
    }
  }

  ownerNameOf(id: string): string | undefined {
    return this.ownerName.get(id);
  }

  ownerIdOf(name: string | undefined): string | undefined {
    return name === undefined ? undefined : this.ownerId.get(name);
  }

  stage(id: string): DealStageOption | undefined {
    return this.stageById.get(id);
  }

  /** The stage with this label and outcome, else the first stage with the outcome. */
  stageFor(outcome: DealOutcome, label: string | undefined): DealStageOption | undefined {
    const matching = this.stages.filter((s) => s.outcome === outcome);
    return matching.find((s) => s.label === label) ?? matching[0];
  }

  industryLabelOf(value: string): string | undefined {
    return this.industryLabel.get(value);
  }

  industryValueOf(label: string | undefined): string | undefined {
    return label === undefined ? undefined : this.industryValue.get(label);
  }
}

export const DEFAULT_LOOKUPS = new HubSpotLookups();
