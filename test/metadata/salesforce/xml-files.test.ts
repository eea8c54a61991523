import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkXmlFiles, checkXmlText, listMetaFiles } from '../../../src/crm/salesforce/metadata/files.js';
import { validateSalesforceSource } from '../../../src/crm/salesforce/metadata/validate.js';
import { SOURCE_ROOT, withCopy } from './helpers.js';

describe('Salesforce metadata files', () => {
  it('are all well-formed with the root element their suffix promises', () => {
    expect(listMetaFiles(SOURCE_ROOT).length).toBeGreaterThan(150);
    expect(checkXmlFiles(SOURCE_ROOT)).toEqual([]);
  });

  it('catches malformed XML in a copy, naming the file and line', () => {
    const file = 'objects/Account/fields/KAM_Score__c.field-meta.xml';
    withCopy((root, edit) => {
      edit(file, (xml) => xml.replace('</label>', '</lable>'));
      const problems = validateSalesforceSource(root);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.file).toBe(file);
      expect(problems[0]!.message).toMatch(/malformed XML at line \d+/);
    });
  });

  it('catches a root element that does not match the suffix', () => {
    const xml = readFileSync(join(SOURCE_ROOT, 'objects/Account/fields/KAM_Score__c.field-meta.xml'), 'utf8');
    const [p] = checkXmlText(
      'objects/Account/fields/X__c.field-meta.xml',
      xml.replaceAll('CustomField', 'CustomObject'),
    );
    expect(p?.message).toBe('root element is <CustomObject>, expected <CustomField> for .field-meta.xml');
  });

  it('rejects a missing metadata namespace and unknown suffixes', () => {
    expect(checkXmlText('a.flow-meta.xml', '<Flow><label>x</label></Flow>')[0]?.message).toMatch(/xmlns/);
    expect(checkXmlText('a.weird-meta.xml', '<X/>')[0]?.message).toMatch(/unknown metadata suffix/);
  });
});
