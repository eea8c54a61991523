import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEVELOPMENT_STAGES, SELECTION_RATINGS } from '../../../src/core/model/account.js';
import { BUYING_ROLES } from '../../../src/core/model/contact.js';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../src/core/model/plan.js';
import { HORIZONS } from '../../../src/core/model/potential.js';
import { RELATIONSHIP_KINDS } from '../../../src/core/model/relationship.js';
import { PORTER_ACTIVITIES, VALUE_CHAIN_ASSESSMENTS } from '../../../src/core/model/value-chain.js';
import { QUADRANTS, TIERS } from '../../../src/core/scoring/model.js';
import type { HubSpotMetadata } from '../../../src/crm/hubspot/metadata/index.js';
import {
  checkNames,
  formatIssue,
  HS,
  HS_OPTIONS,
  loadHubSpotMetadata,
  namedProperties,
} from '../../../src/crm/hubspot/metadata/index.js';

let metadata: HubSpotMetadata;
beforeAll(async () => {
  metadata = await loadHubSpotMetadata();
});

const propertyNames = (objectType: string) =>
  metadata.properties.find((p) => p.data.objectType === objectType)!.data.properties.map((p) => p.name);
const schemaPropertyNames = (object: string) =>
  metadata.schemas.find((s) => s.data.name === object)?.data.properties.map((p) => p.name);

/** The agreed names, written out once more so a rename in both names.ts and the files is noticed. */
const AGREED = {
  companies: [
    'kam_is_key_account',
    'kam_score',
    'kam_tier',
    'kam_quadrant',
    'kam_attractiveness',
    'kam_position',
    'kam_score_reasons',
    'kam_scored_at',
    'kam_score_model',
    'kam_recompute_requested_at',
    ...SELECTION_RATINGS.map((r) => `kam_rating_${r}`),
    'kam_stage',
    'kam_category_spend',
  ],
  contacts: [
    'kam_roles',
    'kam_influence',
    'kam_attitude',
    'kam_needs_factual',
    'kam_needs_emotional',
    'kam_last_confirmed',
  ],
  deals: ['kam_resource_hours', 'kam_strategic_project', 'kam_contribution_margin', 'kam_product_line'],
  kam_relationship: ['from_contact_id', 'to_contact_id', 'kind', 'strength', 'note'],
  kam_value_chain_note: ['activity', 'assessment', 'note', 'our_contribution', 'impact'],
  kam_potential: ['product_line', 'horizon', 'volume_per_year', 'probability'],
  kam_account_plan: ['year', 'target_revenue', 'owner_id', 'owner_name', 'capacity_hours', 'strategy'],
  kam_action: [
    'title',
    'goal',
    'owner_id',
    'owner_name',
    'start_date',
    'due_date',
    'status',
    'kind',
    'effort_hours',
    'completed_on',
  ],
} as const;

describe('HS, the names the adapter uses', () => {
  it('reads as agreed', () => {
    expect(HS.company.score).toBe('kam_score');
    expect(HS.company.ratings.strategic_fit).toBe('kam_rating_strategic_fit');
    expect(HS.relationship.object).toBe('kam_relationship');
    expect(HS.relationship.kind).toBe('kind');
    expect(HS.action.dueDate).toBe('due_date');
  });

  it('agrees with the metadata files in both directions', () => {
    expect(checkNames(metadata).map(formatIssue)).toEqual([]);
  });

  it.each(Object.entries(AGREED))('every agreed concept of %s exists in the files', (where, names) => {
    const defined = where.startsWith('kam_') ? schemaPropertyNames(where) : propertyNames(where);
    expect(defined).toEqual(expect.arrayContaining([...names]));
  });

  it('binds option values to the core enums', () => {
    expect(HS_OPTIONS.company).toMatchObject({ tier: TIERS, quadrant: QUADRANTS, stage: DEVELOPMENT_STAGES });
    expect(HS_OPTIONS.contact.roles).toBe(BUYING_ROLES);
    expect(HS_OPTIONS.relationship.kind).toBe(RELATIONSHIP_KINDS);
    expect(HS_OPTIONS.valueChainNote).toEqual({
      activity: PORTER_ACTIVITIES,
      assessment: VALUE_CHAIN_ASSESSMENTS,
    });
    expect(HS_OPTIONS.potential.horizon).toBe(HORIZONS);
    expect(HS_OPTIONS.action).toEqual({ status: ACTION_STATUSES, kind: ACTION_KINDS });
  });

  it('flattens nested names for the check', () => {
    expect(namedProperties('company')).toContainEqual(['ratings.innovation', 'kam_rating_innovation']);
    expect(namedProperties('relationship').map(([key]) => key)).not.toContain('object');
  });
});

describe('checkNames notices drift', () => {
  /** The loaded metadata with one company property changed. */
  const withCompanyProperty = (
    name: string,
    change: (p: Record<string, unknown>) => Record<string, unknown>,
  ) => ({
    ...metadata,
    properties: metadata.properties.map((f) =>
      f.data.objectType !== 'companies'
        ? f
        : {
            ...f,
            data: {
              ...f.data,
              properties: f.data.properties.map((p) => (p.name === name ? change(p) : p)) as never,
            },
          },
    ),
  });

  it('when a named property is renamed in the files', () => {
    const issues = checkNames(withCompanyProperty('kam_score', (p) => ({ ...p, name: 'kam_points' }))).map(
      formatIssue,
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /companies\.json: properties: HS\.company\.score is "kam_score", which this file does not define/,
        ),
        expect.stringMatching(
          /companies\.json: properties\[\d+\]\.name: "kam_points" is not named in HS\.company/,
        ),
      ]),
    );
  });

  it('when option values leave the core enum', () => {
    const issues = checkNames(
      withCompanyProperty('kam_tier', (p) => ({
        ...p,
        options: (p.options as { value: string }[]).slice(0, 2),
      })),
    ).map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(
        /properties\[\d+\]\.options: option values \[A, B\] differ from the core values \[A, B, C\]/,
      ),
    ]);
  });

  it('when an output is no longer marked as one', () => {
    const issues = checkNames(withCompanyProperty('kam_tier', (p) => ({ ...p, output: undefined }))).map(
      formatIssue,
    );
    expect(issues).toEqual([
      expect.stringMatching(/"kam_tier" is not marked output, but HS_OUTPUTS says otherwise/),
    ]);
  });

  it('when a custom object file is missing', () => {
    const issues = checkNames({
      ...metadata,
      schemas: metadata.schemas.filter((s) => s.data.name !== 'kam_potential'),
    });
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/schemas\/kam_potential\.json: HS\.potential\.object: file is missing/),
    ]);
  });
});
