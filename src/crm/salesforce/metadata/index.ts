export { SF, SF_PICKLISTS, SF_SCORE_OUTPUT_FIELDS, type PicklistBinding } from './names.js';
export { loadSalesforceMetadata, SALESFORCE_SOURCE_DIR, type LoadResult } from './load.js';
export { checkXmlFiles, checkXmlText, listMetaFiles, ROOT_ELEMENTS } from './files.js';
export { checkNames } from './check-names.js';
export { checkRules, validateSalesforceSource } from './validate.js';
export { formatProblems, type Problem } from './problems.js';
export type * from './model.js';
