import { describe, expect, it } from '@jest/globals';
import { checkNames } from '../../../src/crm/salesforce/metadata/check-names.js';
import { loadSalesforceMetadata } from '../../../src/crm/salesforce/metadata/load.js';
import { SF, SF_PICKLISTS, SF_SCORE_OUTPUT_FIELDS } from '../../../src/crm/salesforce/metadata/names.js';
import { DEVELOPMENT_STAGES } from '../../../src/core/model/account.js';
import { loadReal, withCopy } from './helpers.js';

describe('SF names accessor', () => {
  it('gives the agreed API names', () => {
    expect(SF.account.score).toBe('KAM_Score__c');
    expect(SF.account.ratings.centralised_purchasing).toBe('KAM_Rating_Centralised_Purchasing__c');
    expect(SF.action.object).toBe('KAM_Action__c');
    expect(SF.action.due).toBe('Due_Date__c');
    expect(SF.action.assignee).toBe('Assignee__c');
    expect(SF.relationship.from).toBe('From_Contact__c');
    expect(SF_PICKLISTS.find((p) => p.field === SF.account.stage)?.values).toBe(DEVELOPMENT_STAGES);
  });

  it('names only what exists in the metadata, including child relationships', () => {
    expect(checkNames(loadReal(), SF)).toEqual([]);
  });

  it('reports a name that drifted from the metadata', () => {
    const drifted = { ...SF, action: { ...SF.action, due: 'Due__c', childRelationship: 'KAM_Todos__r' } };
    expect(checkNames(loadReal(), drifted)).toEqual([
      {
        file: 'SF.action.childRelationship',
        message: 'KAM_Todos__r is not the Account relationship of KAM_Action__c',
      },
      { file: 'SF.action.due', message: 'KAM_Action__c.Due__c is not in the metadata' },
    ]);
    expect(checkNames(loadReal(), { ...SF, extra: { object: 'KAM_Missing__c' } })).toEqual([
      { file: 'SF.extra', message: 'object KAM_Missing__c is not in the metadata' },
    ]);
  });

  it('matches field types and history tracking the reports rely on', () => {
    const account = loadReal().objects.get('Account')!;
    expect(account.fields.get(SF.account.tier)?.type).toBe('Picklist');
    expect(account.fields.get(SF.account.score)?.type).toBe('Number');
    for (const f of [SF.account.score, SF.account.tier, SF.account.quadrant, SF.account.stage]) {
      expect(account.fields.get(f)?.trackHistory).toBe(true);
    }
    expect(SF_SCORE_OUTPUT_FIELDS).not.toContain(SF.account.recomputeRequestedAt);
    expect(loadReal().objects.get(SF.action.object)?.nameFieldType).toBe('Text');
  });
});

describe('loadSalesforceMetadata', () => {
  it('reports a file whose content does not have the expected shape', () => {
    withCopy((root, edit) => {
      edit('objects/KAM_Action__c/fields/Due_Date__c.field-meta.xml', (x) =>
        x.replace(/<label>[^<]*<\/label>/, ''),
      );
      const loaded = loadSalesforceMetadata(root);
      expect(loaded.ok).toBe(false);
      expect(loaded.ok ? [] : loaded.problems).toEqual([
        {
          file: 'objects/KAM_Action__c/fields/Due_Date__c.field-meta.xml',
          message: '<CustomField.label> Invalid input: expected string, received undefined',
        },
      ]);
    });
  });
});
