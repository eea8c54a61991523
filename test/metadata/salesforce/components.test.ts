/**
 * The Lightning components (`extension/salesforce`) with the record page that places them
 * (`metadata/salesforce`): both package directories convert together, every component the page names
 * exists and is allowed on an Account record page, and the renderers' static resource is there.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { PROJECT_ROOT } from './helpers.js';

const LWC = join(PROJECT_ROOT, 'extension/salesforce/main/default/lwc');
const PAGE = join(
  PROJECT_ROOT,
  'metadata/salesforce/main/default/flexipages/KAM_Account_Record_Page.flexipage-meta.xml',
);
const RESOURCE = join(PROJECT_ROOT, 'extension/salesforce/main/default/staticresources');

const pageComponents = () =>
  [...readFileSync(PAGE, 'utf8').matchAll(/<componentName>c:(\w+)<\/componentName>/g)].map((m) => m[1]!);

function members(packageXml: string, type: string): string[] {
  const block = packageXml.split('<types>').find((b) => b.includes(`<name>${type}</name>`)) ?? '';
  return [...block.matchAll(/<members>([^<]+)<\/members>/g)].map((m) => m[1]!);
}

describe('Salesforce components and the KAM Account record page', () => {
  it('are both package directories of the project', () => {
    const sfdx = JSON.parse(readFileSync(join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8')) as {
      packageDirectories: { path: string }[];
    };
    expect(sfdx.packageDirectories.map((p) => p.path)).toEqual([
      'metadata/salesforce',
      'extension/salesforce',
    ]);
  });

  it('place six KAM components, each a bundle exposed on Account record pages', () => {
    const names = pageComponents();
    expect(names.sort()).toEqual(
      [
        'kamActionPlan',
        'kamBuyingCenter',
        'kamOpportunities',
        'kamRelations',
        'kamScoreCard',
        'kamValueChain',
      ].sort(),
    );
    for (const name of names) {
      const meta = readFileSync(join(LWC, name, `${name}.js-meta.xml`), 'utf8');
      expect(existsSync(join(LWC, name, `${name}.js`))).toBe(true);
      expect(meta).toMatch(/<isExposed>true<\/isExposed>/);
      expect(meta).toContain('<target>lightning__RecordPage</target>');
      expect(meta).toMatch(/<object>Account<\/object>/);
    }
  });

  it('ship the renderers bundle as the kamViz static resource, built from src/viz', () => {
    expect(existsSync(join(RESOURCE, 'kamViz.resource-meta.xml'))).toBe(true);
    const built = join(PROJECT_ROOT, 'dist/viz/kam-viz.js');
    expect(readFileSync(join(RESOURCE, 'kamViz.js'), 'utf8')).toBe(readFileSync(built, 'utf8'));
  });

  it('convert to metadata-API format together, without the tests', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kam-mdapi-lwc-'));
    try {
      const set = ComponentSet.fromSource([
        join(PROJECT_ROOT, 'metadata/salesforce'),
        join(PROJECT_ROOT, 'extension/salesforce'),
      ]);
      const result = await new MetadataConverter().convert(set, 'metadata', {
        type: 'directory',
        outputDirectory: out,
        genUniqueDir: false,
      });
      const xml = readFileSync(join(result.packagePath!, 'package.xml'), 'utf8');
      expect(members(xml, 'LightningComponentBundle')).toEqual(expect.arrayContaining(pageComponents()));
      expect(members(xml, 'StaticResource')).toEqual(['kamViz']);
      expect(members(xml, 'FlexiPage')).toEqual(['KAM_Account_Record_Page']);
      expect(members(xml, 'CustomLabels')).toEqual(['CustomLabels']);
      // the German translations are one file, with the report types and the labels
      expect(members(xml, 'Translations')).toEqual(['de']);
      const de = readFileSync(join(result.packagePath!, 'translations/de.translation'), 'utf8');
      expect(de).toContain('<reportTypes>');
      expect(de).toContain('<customLabels>');
      const bundles = readdirSync(join(result.packagePath!, 'lwc'));
      for (const b of bundles)
        expect(readdirSync(join(result.packagePath!, 'lwc', b))).not.toContain('__tests__');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
