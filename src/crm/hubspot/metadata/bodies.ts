import type { Lang } from '../../../core/i18n/types.js';
import type { OptionInput } from './api-schemas.js';
import {
  BatchPropertyCreate,
  ObjectSchemaCreate,
  PropertyCreate,
  PropertyGroupCreate,
  SchemaPropertyCreate,
} from './api-schemas.js';
import type {
  GroupDef,
  OptionDef,
  PropertyDef,
  SchemaFile,
  SchemaPropertyDef,
  StandardObjectType,
} from './file-schemas.js';
import { BASE_LANG } from './file-schemas.js';
import type { HubSpotMetadata } from './metadata.js';

/**
 * The exact request bodies for one language. HubSpot keeps a single label per property, so the
 * language is chosen at setup (`kam setup hubspot --lang de`); option values stay the same.
 */

type Translations<T> = { readonly de: T };

/** A copy without the keys that are ours, not HubSpot's. */
function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k as K))) as Omit<T, K>;
}

/** The texts of `lang` over the English ones; `i18n` itself never reaches HubSpot. */
function translated<B extends object, T extends object>(body: B, i18n: Translations<T>, lang: Lang): B {
  return lang === BASE_LANG ? body : { ...body, ...i18n[lang] };
}

function optionBody({ i18n, ...body }: OptionDef, lang: Lang): OptionInput {
  return translated(body, i18n, lang);
}

export function propertyBody(def: PropertyDef, lang: Lang): PropertyCreate {
  const { i18n, options, ...rest } = def;
  const body = without(rest, 'output');
  const withOptions = options ? { ...body, options: options.map((o) => optionBody(o, lang)) } : body;
  return PropertyCreate.parse(translated(withOptions, i18n, lang));
}

export function schemaPropertyBody(def: SchemaPropertyDef, lang: Lang): SchemaPropertyCreate {
  const { i18n, options, ...body } = def;
  const withOptions = options ? { ...body, options: options.map((o) => optionBody(o, lang)) } : body;
  return SchemaPropertyCreate.parse(translated(withOptions, i18n, lang));
}

export function groupBody(def: GroupDef, lang: Lang): PropertyGroupCreate {
  return PropertyGroupCreate.parse(translated(without(def, 'i18n', 'objectType'), def.i18n, lang));
}

export function schemaBody(def: SchemaFile, lang: Lang): ObjectSchemaCreate {
  const { i18n, properties, ...body } = def;
  const withProperties = { ...body, properties: properties.map((p) => schemaPropertyBody(p, lang)) };
  return ObjectSchemaCreate.parse(translated(withProperties, i18n, lang));
}

/** Everything setup sends, in the order it must be sent: groups, then properties, then schemas. */
export interface HubSpotSetupBodies {
  readonly groups: readonly { readonly objectType: StandardObjectType; readonly body: PropertyGroupCreate }[];
  readonly properties: readonly {
    readonly objectType: StandardObjectType;
    readonly body: BatchPropertyCreate;
  }[];
  readonly schemas: readonly ObjectSchemaCreate[];
}

export function hubSpotSetupBodies(metadata: HubSpotMetadata, lang: Lang): HubSpotSetupBodies {
  return {
    groups: metadata.groups.data.groups.map((g) => ({ objectType: g.objectType, body: groupBody(g, lang) })),
    properties: metadata.properties.map(({ data }) => ({
      objectType: data.objectType,
      body: BatchPropertyCreate.parse({ inputs: data.properties.map((p) => propertyBody(p, lang)) }),
    })),
    schemas: metadata.schemas.map(({ data }) => schemaBody(data, lang)),
  };
}
