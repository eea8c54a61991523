import { describe, expect, it } from '@jest/globals';
import { apiNameError } from '../../../src/crm/salesforce/metadata/rules/api-names.js';
import { changeEventObject } from '../../../src/crm/salesforce/metadata/rules/wiring.js';

describe('apiNameError', () => {
  it('accepts letters, digits and single underscores up to 40 characters before __c', () => {
    expect(apiNameError('KAM_Rating_Centralised_Purchasing__c')).toBeUndefined();
    expect(apiNameError(`${'A'.repeat(40)}__c`)).toBeUndefined();
  });

  it('rejects long, double-underscored, digit-first and suffix-less names', () => {
    expect(apiNameError(`${'A'.repeat(41)}__c`)).toMatch(/longer than 40/);
    expect(apiNameError('KAM__Score__c')).toMatch(/single underscores/);
    expect(apiNameError('1KAM_Score__c')).toMatch(/start with a letter/);
    expect(apiNameError('KAM_Score___c')).toMatch(/single underscores/);
    expect(apiNameError('KAM_Score')).toMatch(/must end with __c/);
  });
});

describe('changeEventObject', () => {
  it('maps change event entities to their objects', () => {
    expect(changeEventObject('AccountChangeEvent')).toBe('Account');
    expect(changeEventObject('KAM_Action__ChangeEvent')).toBe('KAM_Action__c');
    expect(changeEventObject('Account')).toBeUndefined();
  });
});
