import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem, type Problem } from './problems.js';

/** SFDX source suffix → the root element its file must have. */
export const ROOT_ELEMENTS: Readonly<Record<string, string>> = {
  'object-meta.xml': 'CustomObject',
  'field-meta.xml': 'CustomField',
  'listView-meta.xml': 'ListView',
  'validationRule-meta.xml': 'ValidationRule',
  'objectTranslation-meta.xml': 'CustomObjectTranslation',
  'fieldTranslation-meta.xml': 'CustomFieldTranslation',
  'translation-meta.xml': 'Translations',
  'permissionset-meta.xml': 'PermissionSet',
  'reportType-meta.xml': 'ReportType',
  'report-meta.xml': 'Report',
  'reportFolder-meta.xml': 'ReportFolder',
  'dashboard-meta.xml': 'Dashboard',
  'dashboardFolder-meta.xml': 'DashboardFolder',
  'platformEventChannelMember-meta.xml': 'PlatformEventChannelMember',
  'workflow-meta.xml': 'Workflow',
  'flow-meta.xml': 'Flow',
  'labels-meta.xml': 'CustomLabels',
  'flexipage-meta.xml': 'FlexiPage',
  'js-meta.xml': 'LightningComponentBundle',
  'resource-meta.xml': 'StaticResource',
};

const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

/** Every `*-meta.xml` below `root`, as paths relative to it with `/` separators, sorted. */
export function listMetaFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('-meta.xml')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The suffix after the component name, e.g. `field-meta.xml`; longest known suffix wins. */
export function suffixOf(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return Object.keys(ROOT_ELEMENTS)
    .filter((s) => name.endsWith(`.${s}`))
    .sort((a, b) => b.length - a.length)[0];
}

const rootParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** Checks one file's text: well-formed XML, the root element its suffix promises, the metadata namespace. */
export function checkXmlText(file: string, xml: string): Problem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [problem(file, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`)];
  }
  const suffix = suffixOf(file);
  if (!suffix) return [problem(file, 'unknown metadata suffix: no rule says which root element it needs')];
  const expected = ROOT_ELEMENTS[suffix]!;
  const parsed = rootParser.parse(xml) as Record<string, unknown>;
  const roots = Object.keys(parsed).filter((k) => k !== '?xml');
  if (roots.length !== 1 || roots[0] !== expected) {
    return [problem(file, `root element is <${roots.join(', ')}>, expected <${expected}> for .${suffix}`)];
  }
  const ns = (parsed[expected] as Record<string, unknown> | undefined)?.['@xmlns'];
  if (ns !== METADATA_NS) return [problem(file, `root element needs xmlns="${METADATA_NS}"`)];
  return [];
}

/** Well-formedness and root element of every metadata file below `root`. */
export function checkXmlFiles(root: string): Problem[] {
  return listMetaFiles(root).flatMap((file) => checkXmlText(file, readFileSync(join(root, file), 'utf8')));
}
