/**
 * For the records modules' tests: which Salesforce fields a GraphQL query reads and a record input
 * writes, checked against the org's metadata (`metadata/salesforce/main/default/objects`), so a typo
 * or a field missing from the package fails in the tests, not on the record page.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const OBJECTS = join(__dirname, '../../../metadata/salesforce/main/default/objects');

/** Standard fields the components use; they have no field metadata of their own. */
export const STANDARD_FIELDS = {
  Account: ['Id', 'Name'],
  Contact: ['Id', 'AccountId', 'FirstName', 'LastName', 'Title', 'Department', 'Email', 'ReportsToId'],
  Opportunity: [
    'Id',
    'AccountId',
    'Name',
    'Amount',
    'StageName',
    'Probability',
    'CloseDate',
    'IsClosed',
    'IsWon',
  ],
  User: ['Id', 'Name'],
};
/** Every custom object has these. */
const CUSTOM_OBJECT_FIELDS = ['Id', 'Name', 'LastModifiedDate', 'CreatedDate', 'OwnerId'];

function fieldXml(object, field) {
  const file = join(OBJECTS, object, 'fields', `${field}.field-meta.xml`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The `Object.Field` names of a list that neither the metadata nor the standard fields know. */
export function unknownFields(qualified) {
  return qualified.filter((name) => {
    const [object, field] = name.split('.');
    const standard = STANDARD_FIELDS[object] ?? (object.endsWith('__c') ? CUSTOM_OBJECT_FIELDS : []);
    return !standard.includes(field) && !fieldXml(object, field);
  });
}

/** The API values of a picklist field, in the org's order. */
export function picklistValues(object, field) {
  const xml = fieldXml(object, field) ?? '';
  const valueSet = xml.slice(xml.indexOf('<valueSetDefinition>'));
  return [...valueSet.matchAll(/<fullName>([^<]+)<\/fullName>/g)].map((m) => m[1]);
}

const TOKEN = /\$?[A-Za-z_]\w*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[{}()[\]:!,=]/g;

/** A GraphQL query document → `{ name, fields }`, each field `{ name, args, fields }`. */
export function parseQuery(text) {
  const tokens = text.match(TOKEN);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expectToken = (t) => {
    if (next() !== t) throw new Error(`GraphQL: expected ${t} at token ${i - 1} of ${text}`);
  };
  const skipComma = () => peek() === ',' && next();
  function value() {
    const t = next();
    if (t === '{') {
      const object = {};
      while (peek() !== '}') {
        const key = next();
        expectToken(':');
        object[key] = value();
        skipComma();
      }
      next();
      return object;
    }
    if (t === '[') {
      const list = [];
      while (peek() !== ']') {
        list.push(value());
        skipComma();
      }
      next();
      return list;
    }
    return t;
  }
  function selection() {
    expectToken('{');
    const fields = [];
    while (peek() !== '}') {
      const field = { name: next(), args: {}, fields: [] };
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          const key = next();
          expectToken(':');
          field.args[key] = value();
          skipComma();
        }
        next();
      }
      if (peek() === '{') field.fields = selection();
      fields.push(field);
    }
    next();
    return fields;
  }
  expectToken('query');
  const name = /^\w+$/.test(peek()) ? next() : undefined;
  if (peek() === '(') while (next() !== ')');
  return { name, fields: selection() };
}

const child = (field, name) => field?.fields.find((f) => f.name === name);

/** The fields a `where` filter compares (inside `and`, `or`, `not` too). */
function filterFields(where) {
  if (!where || typeof where !== 'object') return [];
  if (Array.isArray(where)) return where.flatMap(filterFields);
  return Object.entries(where).flatMap(([key, value]) =>
    ['and', 'or', 'not'].includes(key) ? filterFields(value) : [key],
  );
}

/** The object a lookup field points to, from its metadata. */
function referenceTo(object, lookup) {
  const target = /<referenceTo>([^<]+)<\/referenceTo>/.exec(fieldXml(object, lookup) ?? '')?.[1];
  if (!target) throw new Error(`${object}.${lookup} is not a lookup in the metadata`);
  return target;
}

function nodeFields(object, fields) {
  return fields.flatMap((f) => {
    if (f.fields.length === 0 || child(f, 'value')) return [`${object}.${f.name}`];
    // A parent record (`Owner__r { Name { value } }`): its lookup field, then the parent's fields.
    const lookup = f.name.endsWith('__r') ? f.name.replace(/__r$/, '__c') : `${f.name}Id`;
    return [`${object}.${lookup}`, ...nodeFields(referenceTo(object, lookup), f.fields)];
  });
}

/** Every `Object.Field` a UI API query reads: selected, filtered on, or sorted by. */
export function queryFields(text) {
  const objects = child(child({ fields: parseQuery(text).fields }, 'uiapi'), 'query')?.fields ?? [];
  return objects.flatMap((o) => [
    ...filterFields(o.args.where).map((f) => `${o.name}.${f}`),
    ...Object.keys(o.args.orderBy ?? {}).map((f) => `${o.name}.${f}`),
    ...nodeFields(o.name, child(child(o, 'edges'), 'node')?.fields ?? []),
  ]);
}

/** The query texts a module passed to the `gql` mock, by operation name. */
export function gqlQueries(gql) {
  return Object.fromEntries(
    gql.mock.calls.map(([strings]) => {
      const text = strings.raw.join('');
      return [parseQuery(text).name, text];
    }),
  );
}

/** The `Object.Field` names of a record input (`{ apiName?, fields }`). */
export function inputFields(object, input) {
  return Object.keys(input.fields).map((field) => `${object}.${field}`);
}
