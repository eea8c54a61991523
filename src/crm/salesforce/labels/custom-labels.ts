import { catalog } from '../../../core/i18n/index.js';
import type { Lang } from '../../../core/i18n/index.js';

/** The catalog's texts of the Salesforce components: every `lwc.*` key. */
export const LWC_PREFIX = 'lwc.';

/** The custom label of a catalog key: `lwc.score.title` → `KAM_Score_Title`. */
export function labelName(key: string): string {
  const segments = key.slice(LWC_PREFIX.length).split('.');
  return `KAM_${segments.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('_')}`;
}

export interface CustomLabel {
  readonly name: string;
  readonly key: string;
  readonly text: Readonly<Record<Lang, string>>;
}

/** Every component text as a custom label, sorted by name. */
export function customLabels(): CustomLabel[] {
  return Object.entries(catalog)
    .filter(([key]) => key.startsWith(LWC_PREFIX))
    .map(([key, text]) => ({ name: labelName(key), key, text }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `labels/CustomLabels.labels-meta.xml`: the English texts (the org's default language). */
export function customLabelsXml(labels: readonly CustomLabel[]): string {
  const entries = labels.map(
    (l) =>
      `    <labels>\n        <fullName>${l.name}</fullName>\n        <categories>KAM</categories>\n` +
      `        <language>en_US</language>\n        <protected>false</protected>\n` +
      `        <shortDescription>${escapeXml(l.key)}</shortDescription>\n` +
      `        <value>${escapeXml(l.text.en)}</value>\n    </labels>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
    entries.join('') +
    '</CustomLabels>\n'
  );
}

/**
 * The German translation file with the labels' entries in place of any earlier ones (the other
 * translations in it are kept as they are). `customLabels` come first, as the metadata API orders them.
 */
export function withGermanLabels(translationXml: string, labels: readonly CustomLabel[]): string {
  const without = translationXml.replace(/ {4}<customLabels>[\s\S]*?<\/customLabels>\n/g, '');
  const open = without.indexOf('>', without.indexOf('<Translations')) + 1;
  const entries = labels
    .map(
      (l) =>
        `    <customLabels>\n        <label>${escapeXml(l.text.de)}</label>\n` +
        `        <name>${l.name}</name>\n    </customLabels>\n`,
    )
    .join('');
  return `${without.slice(0, open)}\n${entries}${without.slice(open + 1)}`;
}
