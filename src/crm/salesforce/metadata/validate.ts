import { checkNames } from './check-names.js';
import { checkXmlFiles } from './files.js';
import { loadSalesforceMetadata } from './load.js';
import type { SalesforceMetadata } from './model.js';
import { SF, SF_PICKLISTS, SF_SCORE_OUTPUT_FIELDS } from './names.js';
import type { Problem } from './problems.js';
import { checkPermissionSets } from './rules/access.js';
import { checkApiNames } from './rules/api-names.js';
import { checkPicklists } from './rules/picklists.js';
import { checkReporting } from './rules/reports.js';
import { checkTranslations } from './rules/translations.js';
import { checkWiring } from './rules/wiring.js';

/** The project's rules on an already loaded source. */
export function checkRules(meta: SalesforceMetadata): Problem[] {
  const policy = {
    outputObject: SF.account.object,
    outputFields: SF_SCORE_OUTPUT_FIELDS,
    integrationPermissionSet: 'KAM_Integration',
  };
  return [
    ...checkApiNames(meta),
    ...checkPicklists(meta, SF_PICKLISTS),
    ...checkTranslations(meta, 'de'),
    ...checkPermissionSets(meta, policy),
    ...checkReporting(meta),
    ...checkWiring(meta, policy.outputObject, policy.outputFields),
    ...checkNames(meta, SF),
  ];
}

/** Everything `kam setup salesforce` needs to trust the source below `root`; empty means valid. */
export function validateSalesforceSource(root: string): Problem[] {
  const xml = checkXmlFiles(root);
  if (xml.length > 0) return xml;
  const loaded = loadSalesforceMetadata(root);
  return loaded.ok ? checkRules(loaded.metadata) : loaded.problems;
}
