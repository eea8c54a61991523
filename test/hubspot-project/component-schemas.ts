/**
 * JSON schemas of the `config` of each component type the project uses, written from HubSpot's
 * 2026.03 reference pages (app configuration, app cards, settings, webhooks, custom workflow
 * actions). project-parsing-lib fetches HubSpot's own schemas from the account at upload time
 * (`project-schemas/v3/<platformVersion>`); offline, these stand in for them, keyed like HubSpot's
 * by the internal component type. They hold what the reference marks required and the values it
 * lists, and refuse unknown fields, so a typo fails here rather than at upload.
 */
const https = { type: 'string', pattern: '^https://[^\\s/]+(/\\S*)?$' } as const;
const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const text = { type: 'string', minLength: 1 } as const;

const application = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'distribution', 'auth'],
  properties: {
    name: text,
    description: text,
    logo: text,
    distribution: { enum: ['private', 'marketplace'] },
    auth: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'requiredScopes'],
      properties: {
        type: { enum: ['oauth', 'static'] },
        redirectUrls: { type: 'array', items: https },
        requiredScopes: { ...strings, minItems: 1 },
        optionalScopes: strings,
        conditionallyRequiredScopes: strings,
      },
      if: { properties: { type: { const: 'oauth' } } },
      then: { required: ['redirectUrls'], properties: { redirectUrls: { minItems: 1 } } },
    },
    permittedUrls: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fetch: { type: 'array', items: https },
        iframe: { type: 'array', items: https },
        img: strings,
      },
    },
    support: {
      type: 'object',
      additionalProperties: false,
      properties: { supportEmail: text, documentationUrl: https, supportUrl: https, supportPhone: text },
    },
  },
  // a marketplace app authorises with OAuth only
  if: { properties: { distribution: { const: 'marketplace' } } },
  then: { properties: { auth: { properties: { type: { const: 'oauth' } } } } },
} as const;

const card = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'location', 'entrypoint', 'objectTypes'],
  properties: {
    name: text,
    description: text,
    previewImage: text,
    location: { enum: ['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar'] },
    entrypoint: { type: 'string', pattern: '^/app/cards/.+\\.(jsx|tsx)$' },
    objectTypes: { ...strings, minItems: 1 },
  },
} as const;

const settings = {
  type: 'object',
  additionalProperties: false,
  required: ['entrypoint'],
  properties: { entrypoint: { type: 'string', pattern: '^/app/settings/.+\\.(jsx|tsx)$' } },
} as const;

const subscription = (subscriptionType: object, extra: object = {}) => ({
  type: 'object',
  additionalProperties: false,
  required: ['subscriptionType'],
  properties: { subscriptionType, propertyName: text, active: { type: 'boolean' }, ...extra },
  // a property change names its property
  if: { properties: { subscriptionType: { pattern: '\\.propertyChange$' } } },
  then: { required: ['subscriptionType', 'propertyName'] },
});

const webhooks = {
  type: 'object',
  additionalProperties: false,
  required: ['settings', 'subscriptions'],
  properties: {
    settings: {
      type: 'object',
      additionalProperties: false,
      required: ['targetUrl', 'maxConcurrentRequests'],
      properties: { targetUrl: https, maxConcurrentRequests: { type: 'integer', minimum: 5 } },
    },
    subscriptions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        crmObjects: {
          type: 'array',
          items: subscription(
            { pattern: '^object\\.(creation|deletion|merge|restore|propertyChange|associationChange)$' },
            { objectType: text },
          ),
        },
        legacyCrmObjects: {
          type: 'array',
          items: subscription({
            pattern:
              '^(contact|company|deal|ticket|product|line_item)\\.(creation|deletion|merge|restore|propertyChange|associationChange)$',
          }),
        },
        hubEvents: {
          type: 'array',
          items: subscription({ pattern: '^(contact\\.privacyDeletion|conversation\\.\\w+)$' }),
        },
      },
    },
  },
} as const;

const typeDefinition = {
  type: 'object',
  required: ['name', 'type'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
    type: { enum: ['string', 'number', 'bool', 'enumeration', 'date', 'datetime', 'phone_number'] },
    fieldType: text,
    options: {
      type: 'array',
      items: { type: 'object', required: ['value', 'label'], properties: { value: text, label: text } },
    },
  },
} as const;

const field = {
  type: 'object',
  required: ['typeDefinition'],
  properties: {
    typeDefinition,
    supportedValueTypes: strings,
    isRequired: { type: 'boolean' },
  },
} as const;

const actionLabels = {
  type: 'object',
  additionalProperties: false,
  required: ['actionName'],
  properties: {
    actionName: text,
    actionDescription: text,
    appDisplayName: text,
    actionCardContent: text,
    inputFieldLabels: { type: 'object', additionalProperties: text },
    inputFieldDescriptions: { type: 'object', additionalProperties: text },
    outputFieldLabels: { type: 'object', additionalProperties: text },
  },
} as const;

const workflowAction = {
  type: 'object',
  additionalProperties: false,
  required: ['actionUrl', 'supportedClients', 'objectTypes', 'labels'],
  properties: {
    actionUrl: https,
    isPublished: { type: 'boolean' },
    supportedClients: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['client'],
        properties: { client: { enum: ['WORKFLOWS', 'AGENTS'] } },
      },
    },
    objectTypes: strings,
    inputFields: { type: 'array', items: field },
    outputFields: { type: 'array', items: field },
    // labels per language; English is the fallback HubSpot shows
    labels: {
      type: 'object',
      required: ['en'],
      propertyNames: { pattern: '^[a-z]{2}(-[a-z]{2})?$' },
      additionalProperties: actionLabels,
    },
  },
} as const;

export const COMPONENT_SCHEMAS = {
  APPLICATION: application,
  CARD: card,
  SETTINGS: settings,
  WEBHOOKS: webhooks,
  WORKFLOW_ACTION: workflowAction,
} as const;
