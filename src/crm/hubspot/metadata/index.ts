/** HubSpot metadata: the files under `metadata/hubspot/`, their validation, names and request bodies. */
export * from './names.js';
export * from './metadata.js';
export * from './issues.js';
export * from './loader.js';
export * from './bodies.js';
export * from './check-names.js';
export * from './api-schemas.js';
export * from './file-schemas.js';
export {
  ASSOCIATION_TARGETS,
  BOOLEAN_OPTION_VALUES,
  FIELD_TYPES_BY_TYPE,
  PROPERTY_TYPES,
  type FieldType,
  type PropertyType,
} from './rules.js';
