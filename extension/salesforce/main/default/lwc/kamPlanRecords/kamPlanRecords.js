import { gql } from 'lightning/uiGraphQLApi';

/**
 * The plan records of an account as the GraphQL wire adapter reads them, mapped to the core's shapes
 * (`src/core/model`) exactly as the service's Salesforce mapping does (`src/crm/salesforce/mapping`):
 * picklist API values are the core's enum values, percent fields hold 0–100 where the core holds 0…1.
 * A record the core could not take (a required value missing, an unknown picklist value) is left out.
 */

export const PORTER_ACTIVITIES = [
  'inbound_logistics',
  'operations',
  'outbound_logistics',
  'marketing_sales',
  'service',
  'firm_infrastructure',
  'human_resources',
  'technology_development',
  'procurement',
];
export const ASSESSMENTS = ['strength', 'weakness', 'neutral'];
export const HORIZONS = ['short', 'medium', 'long'];
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'];
export const ACTION_KINDS = [
  'analysis',
  'meeting',
  'workshop',
  'presentation',
  'offer',
  'reference_visit',
  'event',
  'other',
];

export const VALUE_CHAIN_NOTE = 'KAM_Value_Chain_Note__c';
export const POTENTIAL = 'KAM_Potential__c';
export const ACCOUNT_PLAN = 'KAM_Account_Plan__c';
export const ACTION = 'KAM_Action__c';
export const OPPORTUNITY = 'Opportunity';

// The UI API returns 10 records unless asked for more; 200 is the most one page holds.
/** How many records of each list the queries read (their `first:`); more pages are not read. */
export const PAGE_SIZE = 200;

/**
 * The variables of the queries with opportunities: deals from the start of last year on (last full
 * year's revenue is the account's current size) and every open one, earliest close date first, so a
 * long history or far-future deals are what the page limit cuts, not the revenue that counts.
 */
export function dealVariables(recordId, todayIso) {
  return { recordId, since: `${Number(todayIso.slice(0, 4)) - 1}-01-01` };
}

export const VALUE_CHAIN_QUERY = gql`
  query kamValueChain($recordId: ID) {
    uiapi {
      query {
        KAM_Value_Chain_Note__c(where: { Account__c: { eq: $recordId } }, first: 200) {
          edges {
            node {
              Id
              Activity__c {
                value
              }
              Assessment__c {
                value
              }
              Impact__c {
                value
              }
              Note__c {
                value
              }
              Our_Contribution__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

export const OPPORTUNITIES_QUERY = gql`
  query kamOpportunities($recordId: ID, $since: Date) {
    uiapi {
      query {
        Account(where: { Id: { eq: $recordId } }) {
          edges {
            node {
              Id
              KAM_Category_Spend__c {
                value
              }
            }
          }
        }
        KAM_Potential__c(where: { Account__c: { eq: $recordId } }, first: 200) {
          edges {
            node {
              Id
              Product_Line__c {
                value
              }
              Horizon__c {
                value
              }
              Volume_Per_Year__c {
                value
              }
              Probability__c {
                value
              }
              Note__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        Opportunity(
          where: {
            and: [
              { AccountId: { eq: $recordId } }
              { or: [{ CloseDate: { gte: { value: $since } } }, { IsClosed: { eq: false } }] }
            ]
          }
          orderBy: { CloseDate: { order: ASC } }
          first: 200
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              Amount {
                value
              }
              StageName {
                value
              }
              Probability {
                value
              }
              CloseDate {
                value
              }
              IsClosed {
                value
              }
              IsWon {
                value
              }
              KAM_Product_Line__c {
                value
              }
              KAM_Resource_Hours__c {
                value
              }
              KAM_Strategic_Project__c {
                value
              }
              KAM_Contribution_Margin__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

export const ACTION_PLAN_QUERY = gql`
  query kamActionPlan($recordId: ID, $since: Date) {
    uiapi {
      query {
        KAM_Account_Plan__c(where: { Account__c: { eq: $recordId } }, first: 50) {
          edges {
            node {
              Id
              Year__c {
                value
              }
              Target_Revenue__c {
                value
              }
              Note__c {
                value
              }
              Capacity_Hours__c {
                value
              }
              Strategy__c {
                value
              }
              LastModifiedDate {
                value
              }
              Owner__r {
                Name {
                  value
                }
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        KAM_Action__c(where: { Account__c: { eq: $recordId } }, first: 200) {
          edges {
            node {
              Id
              Name {
                value
              }
              Goal__c {
                value
              }
              Start_Date__c {
                value
              }
              Due_Date__c {
                value
              }
              Status__c {
                value
              }
              Kind__c {
                value
              }
              Effort_Hours__c {
                value
              }
              Completed_On__c {
                value
              }
              Assignee__r {
                Name {
                  value
                }
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        Opportunity(
          where: {
            and: [
              { AccountId: { eq: $recordId } }
              { or: [{ CloseDate: { gte: { value: $since } } }, { IsClosed: { eq: false } }] }
            ]
          }
          orderBy: { CloseDate: { order: ASC } }
          first: 200
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              Amount {
                value
              }
              Probability {
                value
              }
              CloseDate {
                value
              }
              IsClosed {
                value
              }
              IsWon {
                value
              }
              KAM_Product_Line__c {
                value
              }
              KAM_Strategic_Project__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

/** Whether the answer left records out (any list with a next page). */
export function hasMorePages(data) {
  return Object.values(data?.uiapi?.query ?? {}).some((connection) => connection?.pageInfo?.hasNextPage);
}

/** The nodes of one object in a GraphQL result. */
export function nodesOf(data, object) {
  return (data?.uiapi?.query?.[object]?.edges ?? []).map((edge) => edge.node).filter(Boolean);
}

/** A field's value; null (empty in Salesforce) is undefined, as in the core. */
function valueOf(node, field) {
  const v = node?.[field]?.value;
  return v === null ? undefined : v;
}

function text(node, field) {
  const v = valueOf(node, field);
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

function number(node, field) {
  const v = valueOf(node, field);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function oneOf(node, field, values) {
  const v = valueOf(node, field);
  return values.includes(v) ? v : undefined;
}

function date(node, field) {
  const v = valueOf(node, field);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

const parentName = (node, relationship) => text(node?.[relationship], 'Name');
const percentToFraction = (percent) => (percent === undefined ? undefined : percent / 100);
const withoutUndefined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** `KAM_Value_Chain_Note__c` → `ValueChainNote`. */
export function toValueChainNote(node) {
  const activity = oneOf(node, 'Activity__c', PORTER_ACTIVITIES);
  if (!node?.Id || !activity) return undefined;
  const impact = number(node, 'Impact__c');
  return withoutUndefined({
    id: node.Id,
    activity,
    assessment: oneOf(node, 'Assessment__c', ASSESSMENTS) ?? 'neutral',
    note: text(node, 'Note__c'),
    ourContribution: text(node, 'Our_Contribution__c'),
    impact: Number.isInteger(impact) && impact >= 1 && impact <= 3 ? impact : 2,
  });
}

/** `KAM_Potential__c` → `Potential`. */
export function toPotential(node) {
  const productLine = text(node, 'Product_Line__c');
  const horizon = oneOf(node, 'Horizon__c', HORIZONS);
  const volumePerYear = number(node, 'Volume_Per_Year__c');
  if (!node?.Id || !productLine || !horizon || volumePerYear === undefined || volumePerYear < 0)
    return undefined;
  return withoutUndefined({
    id: node.Id,
    productLine,
    horizon,
    volumePerYear,
    probability: percentToFraction(number(node, 'Probability__c')) ?? 0.5,
    note: text(node, 'Note__c'),
  });
}

/** Opportunity → `Deal`: won, lost or open from `IsClosed` and `IsWon`. */
export function toDeal(node) {
  const name = text(node, 'Name');
  const amount = number(node, 'Amount');
  const closeDate = date(node, 'CloseDate');
  if (!node?.Id || !name || amount === undefined || amount < 0 || !closeDate) return undefined;
  const closed = valueOf(node, 'IsClosed') === true;
  const won = valueOf(node, 'IsWon') === true;
  return withoutUndefined({
    id: node.Id,
    name,
    amount,
    contributionMargin: number(node, 'KAM_Contribution_Margin__c'),
    status: !closed ? 'open' : won ? 'won' : 'lost',
    stage: text(node, 'StageName'),
    probability: percentToFraction(number(node, 'Probability')) ?? 0.5,
    closeDate,
    productLine: text(node, 'KAM_Product_Line__c'),
    resourceHours: number(node, 'KAM_Resource_Hours__c'),
    strategic: valueOf(node, 'KAM_Strategic_Project__c') === true,
  });
}

/** `KAM_Action__c` → `Action`; the owner is the assignee's name. */
export function toAction(node) {
  const title = text(node, 'Name');
  const start = date(node, 'Start_Date__c');
  const due = date(node, 'Due_Date__c');
  if (!node?.Id || !title || !start || !due || due < start) return undefined;
  return withoutUndefined({
    id: node.Id,
    title,
    goal: text(node, 'Goal__c'),
    ownerName: parentName(node, 'Assignee__r'),
    start,
    due,
    status: oneOf(node, 'Status__c', ACTION_STATUSES) ?? 'planned',
    kind: oneOf(node, 'Kind__c', ACTION_KINDS) ?? 'other',
    effortHours: number(node, 'Effort_Hours__c'),
    completedOn: date(node, 'Completed_On__c'),
  });
}

/**
 * The `KAM_Account_Plan__c` records (one per year) → one `AccountPlan` with a goal per year that has
 * a target revenue. Owner, capacity and strategy come from the record changed last (ties: the later
 * year); the plan's id is its earliest year's record. No records: no plan.
 */
export function toAccountPlan(planNodes) {
  const records = planNodes
    .map((node) => ({
      node,
      year: number(node, 'Year__c'),
      modifiedAt: text(node, 'LastModifiedDate') ?? '',
    }))
    .filter((r) => r.node?.Id && Number.isInteger(r.year))
    .sort((a, b) => a.year - b.year);
  if (records.length === 0) return undefined;
  const latest = records.reduce((best, r) =>
    r.modifiedAt > best.modifiedAt || (r.modifiedAt === best.modifiedAt && r.year >= best.year) ? r : best,
  );
  const seen = new Set();
  const goals = [];
  for (const r of records) {
    const targetRevenue = number(r.node, 'Target_Revenue__c');
    if (targetRevenue === undefined || seen.has(r.year)) continue;
    seen.add(r.year);
    goals.push(withoutUndefined({ year: r.year, targetRevenue, note: text(r.node, 'Note__c') }));
  }
  return withoutUndefined({
    id: records[0].node.Id,
    ownerName: parentName(latest.node, 'Owner__r'),
    capacityHoursPerYear: number(latest.node, 'Capacity_Hours__c'),
    strategy: text(latest.node, 'Strategy__c'),
    goals,
  });
}

/** Every node of an object mapped, the ones the core could not take left out. */
export function mapNodes(data, object, toShape) {
  return nodesOf(data, object).map(toShape).filter(Boolean);
}

/** The fields of a `ValueChainNote` as `KAM_Value_Chain_Note__c` stores them. */
export function valueChainNoteFields(note) {
  return {
    Activity__c: note.activity,
    Assessment__c: note.assessment,
    Impact__c: note.impact,
    Note__c: note.note || null,
    Our_Contribution__c: note.ourContribution || null,
  };
}

/** The fields of a `Potential` as `KAM_Potential__c` stores them (probability in percent). */
export function potentialFields(potential) {
  return {
    Product_Line__c: potential.productLine,
    Horizon__c: potential.horizon,
    Volume_Per_Year__c: potential.volumePerYear,
    Probability__c: Math.round(potential.probability * 100),
    Note__c: potential.note || null,
  };
}

/** The fields of a new `Action` as `KAM_Action__c` stores them. */
export function actionFields(action) {
  return {
    Name: action.title,
    Goal__c: action.goal || null,
    Start_Date__c: action.start,
    Due_Date__c: action.due,
    Status__c: action.status,
    Kind__c: action.kind,
  };
}

/** A record input to create a child of the account (the master-detail set). */
export function childRecordInput(apiName, accountId, fields) {
  return { apiName, fields: { Account__c: accountId, ...fields } };
}
