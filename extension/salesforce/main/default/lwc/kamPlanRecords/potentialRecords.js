import { number, oneOf, percentToFraction, text, withoutUndefined } from './graphqlNodes';

/** Potentials per horizon and product line: `KAM_Potential__c` ↔ `Potential`. */

export const HORIZONS = ['short', 'medium', 'long'];

export const POTENTIAL = 'KAM_Potential__c';

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
