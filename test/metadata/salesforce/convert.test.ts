import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { PROJECT_ROOT } from './helpers.js';

/** Members of one type in a package.xml. */
function members(packageXml: string, type: string): string[] {
  const block = packageXml.split('<types>').find((b) => b.includes(`<name>${type}</name>`)) ?? '';
  return [...block.matchAll(/<members>([^<]+)<\/members>/g)].map((m) => m[1]!);
}

describe('SFDX source conversion', () => {
  it('converts to metadata-API format with every KAM component in package.xml', async () => {
    const sfdx = JSON.parse(readFileSync(join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8')) as {
      packageDirectories: { path: string; default?: boolean }[];
    };
    const pkg = sfdx.packageDirectories.find((p) => p.default);
    expect(pkg?.path).toBe('metadata/salesforce');

    const out = mkdtempSync(join(tmpdir(), 'kam-mdapi-'));
    try {
      const set = ComponentSet.fromSource(join(PROJECT_ROOT, pkg!.path));
      const result = await new MetadataConverter().convert(set, 'metadata', {
        type: 'directory',
        outputDirectory: out,
        genUniqueDir: false,
      });
      const xml = readFileSync(join(result.packagePath!, 'package.xml'), 'utf8');

      expect(members(xml, 'CustomObject')).toEqual(
        expect.arrayContaining([
          'Account',
          'KAM_Action__c',
          'KAM_Account_Plan__c',
          'KAM_Potential__c',
          'KAM_Relationship__c',
          'KAM_Value_Chain_Note__c',
        ]),
      );
      expect(members(xml, 'CustomField')).toEqual(
        expect.arrayContaining([
          'Account.KAM_Score__c',
          'Contact.KAM_Roles__c',
          'Opportunity.KAM_Resource_Hours__c',
          'KAM_Action__c.Due_Date__c',
        ]),
      );
      expect(members(xml, 'PermissionSet')).toEqual(['KAM_Integration', 'KAM_Manager', 'KAM_User']);
      expect(members(xml, 'ReportType')).toContain('KAM_Accounts');
      expect(members(xml, 'Report')).toEqual(
        expect.arrayContaining(['KAM_Reports/', 'KAM_Reports/KAM_Overdue_Actions_By_Owner']),
      );
      expect(members(xml, 'Dashboard')).toEqual(['KAM_Dashboards/', 'KAM_Dashboards/KAM_Portfolio']);
      expect(members(xml, 'PlatformEventChannelMember')).toHaveLength(8);
      expect(members(xml, 'WorkflowOutboundMessage')).toContain('Account.KAM_Account_Changed');
      expect(members(xml, 'Flow')).toContain('KAM_Account_Notify');
      expect(members(xml, 'CustomObjectTranslation')).toContain('KAM_Action__c-de');
      expect(members(xml, 'Translations')).toEqual(['de']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
