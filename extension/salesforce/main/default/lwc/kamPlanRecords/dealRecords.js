import { date, number, percentToFraction, text, valueOf, withoutUndefined } from './graphqlNodes';

/** Revenue and projects: Opportunity → `Deal`. */

export const OPPORTUNITY = 'Opportunity';

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
