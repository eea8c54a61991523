import type { Deal } from '../../../core/model/index.js';
import { HS } from '../metadata/names.js';
import type { FieldSpec } from './fields.js';
import { boolean, money, number, propertyOf, readFields, text, writeFields } from './fields.js';
import type { ReadIssue } from './issues.js';
import type { HubSpotLookups } from './lookups.js';
import { DEFAULT_LOOKUPS } from './lookups.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { RecordRead } from './source.js';
import { HS_STANDARD } from './standard-fields.js';
import { isBlank, readDate, readNumber } from './values.js';

const STD = HS_STANDARD.deal;
const FRACTION = number({ min: 0, max: 1 });

type DealField =
  'name' | 'amount' | 'probability' | 'contributionMargin' | 'productLine' | 'resourceHours' | 'strategic';

const SPECS: readonly FieldSpec<DealField>[] = [
  { field: 'name', property: STD.name, kind: text },
  { field: 'amount', property: STD.amount, kind: money },
  { field: 'probability', property: STD.probability, kind: FRACTION },
  { field: 'contributionMargin', property: HS.deal.contributionMargin, kind: number() },
  { field: 'productLine', property: HS.deal.productLine, kind: text },
  { field: 'resourceHours', property: HS.deal.resourceHours, kind: money },
  { field: 'strategic', property: HS.deal.strategicProject, kind: boolean },
];

/**
 * The deal properties. Won and lost are HubSpot stages (`closedwon`/`closedlost` in the default
 * pipeline): the stage is the one whose label is the core's stage text and whose outcome is the
 * deal's status, else the pipeline's first stage with that outcome. The close date is written as
 * midnight UTC, since `closedate` is a datetime.
 */
export function dealToCrm(deal: Deal, lookups: HubSpotLookups = DEFAULT_LOOKUPS): HubSpotProperties {
  const stage = lookups.stageFor(deal.status, deal.stage);
  return {
    ...writeFields<DealField>(deal, SPECS),
    [STD.stage]: stage?.id ?? '',
    [STD.closeDate]: `${deal.closeDate}T00:00:00Z`,
  };
}

/**
 * A deal as a core input. Status and stage text come from the stage; a stage the lookups do not
 * know is reported (its outcome would be a guess). The probability is the forecast probability,
 * else the stage's; the close date is the UTC day of `closedate`.
 */
export function dealFromCrm(
  record: HubSpotRecord,
  lookups: HubSpotLookups,
  issues: ReadIssue[],
): RecordRead<Record<string, unknown>> {
  const label = `deal ${record.id}`;
  const p = record.properties;
  const input: Record<string, unknown> = { id: record.id, ...readFields(record, SPECS, label, issues) };
  const stageId = p[STD.stage];
  if (!isBlank(stageId)) {
    const stage = lookups.stage(stageId.trim());
    if (stage) {
      input['status'] = stage.outcome;
      input['stage'] = stage.label;
    } else {
      issues.push({
        record: label,
        property: STD.stage,
        message: `"${stageId}" is not a stage of the portal's deal pipelines`,
      });
    }
  }
  if (input['probability'] === undefined) {
    const fallback = readNumber(p[STD.stageProbability], { min: 0, max: 1 });
    if ('value' in fallback && fallback.value !== undefined) input['probability'] = fallback.value;
  }
  const close = readDate(p[STD.closeDate]);
  if ('error' in close) issues.push({ record: label, property: STD.closeDate, message: close.error });
  else if (close.value !== undefined) input['closeDate'] = close.value;
  const properties = { ...propertyOf(SPECS), status: STD.stage, stage: STD.stage, closeDate: STD.closeDate };
  return { input, source: { label, record, properties } };
}
