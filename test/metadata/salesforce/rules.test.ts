import { describe, expect, it } from '@jest/globals';
import { validateSalesforceSource } from '../../../src/crm/salesforce/metadata/validate.js';
import { SF_SCORE_OUTPUT_FIELDS } from '../../../src/crm/salesforce/metadata/names.js';
import { loadReal, SOURCE_ROOT, withCopy } from './helpers.js';

const messages = (root: string) => validateSalesforceSource(root).map((p) => `${p.file}: ${p.message}`);

describe('Salesforce metadata rules', () => {
  it('hold for the real source', () => {
    expect(messages(SOURCE_ROOT)).toEqual([]);
  });

  it('catch a permission set referencing a field that does not exist', () => {
    withCopy((root, edit) => {
      edit('permissionsets/KAM_User.permissionset-meta.xml', (x) =>
        x.replace('Account.KAM_Stage__c', 'Account.KAM_Stagee__c'),
      );
      expect(messages(root)).toContain(
        'permissionsets/KAM_User.permissionset-meta.xml: field Account.KAM_Stagee__c does not exist (fieldPermissions Account.KAM_Stagee__c)',
      );
    });
  });

  it('catch report, dashboard, CDC and flow references that do not resolve', () => {
    withCopy((root, edit) => {
      edit('reports/KAM_Reports/KAM_Overdue_Actions_By_Owner.report-meta.xml', (x) =>
        x.replaceAll('$Is_Overdue__c', '$Overdue__c'),
      );
      edit('dashboards/KAM_Dashboards/KAM_Portfolio.dashboard-meta.xml', (x) =>
        x.replace('KAM_Reports/KAM_Potential_By_Horizon', 'KAM_Reports/Gone'),
      );
      edit(
        'platformEventChannelMembers/ChangeEvents_KAM_Action__ChangeEvent.platformEventChannelMember-meta.xml',
        (x) => x.replace('KAM_Action__ChangeEvent', 'KAM_Task__ChangeEvent'),
      );
      edit('flows/KAM_Contact_Notify.flow-meta.xml', (x) =>
        x.replace('{!$Record.KAM_Influence__c}', '{!$Record.KAM_Influenz__c}'),
      );
      edit('reportTypes/KAM_Accounts_With_Actions.reportType-meta.xml', (x) =>
        x.replace('<field>Effort_Hours__c', '<field>Effort__c'),
      );
      const all = messages(root).join('\n');
      expect(all).toMatch(
        /KAM_Overdue_Actions_By_Owner.*column Account\.KAM_Actions__r\$Overdue__c is not in report type/,
      );
      expect(all).toMatch(/KAM_Portfolio\.dashboard-meta\.xml: report KAM_Reports\/Gone does not exist/);
      expect(all).toMatch(/change event KAM_Task__ChangeEvent has no object/);
      expect(all).toMatch(
        /KAM_Contact_Notify.*field Contact\.KAM_Influenz__c does not exist \(entry formula\)/,
      );
      expect(all).toMatch(/KAM_Accounts_With_Actions.*field KAM_Action__c\.Effort__c does not exist/);
    });
  });

  it('catch a bad API name, a duplicate picklist value and a value that drifted from the core enum', () => {
    withCopy((root, edit) => {
      edit('objects/Account/fields/KAM_Tier__c.field-meta.xml', (x) =>
        x.replace('<fullName>C</fullName>', '<fullName>A</fullName>'),
      );
      edit('objects/KAM_Action__c/fields/Status__c.field-meta.xml', (x) =>
        x.replace('<fullName>done</fullName>', '<fullName>finished</fullName>'),
      );
      edit('objects/Contact/fields/KAM_Influence__c.field-meta.xml', (x) =>
        x.replace('<fullName>KAM_Influence__c', '<fullName>KAM__Influence__c'),
      );
      const all = messages(root).join('\n');
      expect(all).toMatch(/KAM_Tier__c.*picklist value "A" appears twice/);
      expect(all).toMatch(/Status__c.*differ from the core enum \[planned, in_progress, done, cancelled\]/);
      expect(all).toMatch(
        /KAM__Influence__c must start with a letter and use only letters, digits and single underscores/,
      );
    });
  });

  it('catch a field without German translation and an untranslated picklist value', () => {
    withCopy((root, edit) => {
      edit('objectTranslations/KAM_Action__c-de/Kind__c.fieldTranslation-meta.xml', (x) =>
        x.replace(/<picklistValues>\s*<masterLabel>event<\/masterLabel>[\s\S]*?<\/picklistValues>\s*/, ''),
      );
      edit('objectTranslations/Account-de/KAM_Score__c.fieldTranslation-meta.xml', (x) =>
        x.replace('<name>KAM_Score__c', '<name>KAM_Scores__c'),
      );
      const all = messages(root).join('\n');
      expect(all).toMatch(/Kind__c\.fieldTranslation-meta\.xml: picklist values without translation: event/);
      expect(all).toMatch(/KAM_Score__c\.field-meta\.xml: no de translation/);
    });
  });

  it('keep score outputs read-only for people and the integration user away from inputs', () => {
    withCopy((root, edit) => {
      edit('permissionsets/KAM_User.permissionset-meta.xml', (x) =>
        x.replace(
          /<editable>false<\/editable>(\s*<field>Account\.KAM_Score__c<)/,
          '<editable>true</editable>$1',
        ),
      );
      edit('permissionsets/KAM_Integration.permissionset-meta.xml', (x) =>
        x.replace(
          /<editable>false<\/editable>(\s*<field>Account\.KAM_Stage__c<)/,
          '<editable>true</editable>$1',
        ),
      );
      const all = messages(root).join('\n');
      expect(all).toMatch(
        /KAM_User.*Account\.KAM_Score__c is a score output; only KAM_Integration may edit it/,
      );
      expect(all).toMatch(/KAM_Integration.*may edit score outputs only, not Account\.KAM_Stage__c/);
    });
  });

  it('reject a flow whose entry formula watches a score output', () => {
    withCopy((root, edit) => {
      edit('flows/KAM_Account_Notify.flow-meta.xml', (x) =>
        x.replace('ISNEW(),', 'ISNEW(),\n    ISCHANGED({!$Record.KAM_Score__c}),'),
      );
      expect(messages(root).join('\n')).toMatch(/watches score output KAM_Score__c/);
    });
  });

  it('give the permission sets the access the brief agreed', () => {
    const meta = loadReal();
    const ps = (name: string) => meta.permissionSets.find((p) => p.name === name)!;
    const editable = (name: string) =>
      new Set(
        ps(name)
          .fields.filter((f) => f.editable)
          .map((f) => f.field),
      );
    const outputs = SF_SCORE_OUTPUT_FIELDS.map((f) => `Account.${f}`);
    expect([...editable('KAM_Integration')].sort()).toEqual([...outputs].sort());
    for (const name of ['KAM_User', 'KAM_Manager']) {
      for (const f of outputs) expect(editable(name).has(f)).toBe(false);
      expect(editable(name).has('Account.KAM_Rating_Strategic_Fit__c')).toBe(true);
      expect(ps(name).objects.find((o) => o.object === 'KAM_Action__c')).toMatchObject({
        read: true,
        edit: true,
        create: true,
      });
    }
    expect(ps('KAM_Manager').userPermissions).toContain('RunReports');
    expect(ps('KAM_User').userPermissions).not.toContain('RunReports');
    expect(
      ps('KAM_Integration')
        .objects.filter((o) => o.edit)
        .map((o) => o.object),
    ).toEqual(['Account']);
  });
});
