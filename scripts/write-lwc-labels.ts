/**
 * Writes the Salesforce components' custom labels from the catalog (`npm run lwc-labels`):
 * `CustomLabels.labels-meta.xml` (English) and their entries in the German translation file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  customLabels,
  customLabelsXml,
  withGermanLabels,
} from '../dist/crm/salesforce/labels/custom-labels.js';

const root = new URL('../metadata/salesforce/main/default/', import.meta.url);
const labels = customLabels();
mkdirSync(new URL('labels/', root), { recursive: true });
writeFileSync(new URL('labels/CustomLabels.labels-meta.xml', root), customLabelsXml(labels));
const de = new URL('translations/de.translation-meta.xml', root);
writeFileSync(de, withGermanLabels(readFileSync(de, 'utf8'), labels));
console.log(`${labels.length} custom labels`);
