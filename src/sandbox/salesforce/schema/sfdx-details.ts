import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { ValidationRule } from './types.js';

/**
 * What the sandbox needs from the SFDX files beyond the shared loader's model: lengths, precision,
 * formulas, defaults, restricted picklists, auto-number formats, labels and validation rules.
 */
export interface FieldDetails {
  readonly length?: number;
  readonly precision?: number;
  readonly scale?: number;
  readonly formula?: string;
  readonly defaultValue?: string;
  readonly restricted: boolean;
  readonly defaultPicklistValue?: string;
  readonly picklistLabels: ReadonlyMap<string, string>;
  readonly externalId: boolean;
  readonly reparentable: boolean;
}

export interface ObjectDetails {
  readonly label?: string;
  readonly pluralLabel?: string;
  readonly nameLabel?: string;
  readonly displayFormat?: string;
  readonly validationRules: readonly ValidationRule[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (tag) => tag === 'value',
});

type Xml = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (str(v) === undefined ? undefined : Number(v));

function readXml(path: string, root: string): Xml {
  return ((parser.parse(readFileSync(path, 'utf8')) as Xml)[root] ?? {}) as Xml;
}

export function readFieldDetails(sourceRoot: string, file: string): FieldDetails {
  const x = readXml(join(sourceRoot, file), 'CustomField');
  const valueSet = x.valueSet as Xml | undefined;
  const values = ((valueSet?.valueSetDefinition as Xml | undefined)?.value ?? []) as Xml[];
  return {
    length: num(x.length),
    precision: num(x.precision),
    scale: num(x.scale),
    formula: str(x.formula),
    defaultValue: str(x.defaultValue),
    restricted: str(valueSet?.restricted) === 'true',
    defaultPicklistValue: str(values.find((v) => str(v.default) === 'true')?.fullName),
    picklistLabels: new Map(values.map((v) => [String(v.fullName), String(v.label ?? v.fullName)])),
    externalId: str(x.externalId) === 'true',
    reparentable: str(x.reparentableMasterDetail) === 'true',
  };
}

export function readObjectDetails(sourceRoot: string, object: string): ObjectDetails {
  const dir = join(sourceRoot, 'objects', object);
  const objectFile = join(dir, `${object}.object-meta.xml`);
  const x = existsSync(objectFile) ? readXml(objectFile, 'CustomObject') : {};
  const nameField = (x.nameField ?? {}) as Xml;
  return {
    label: str(x.label),
    pluralLabel: str(x.pluralLabel),
    nameLabel: str(nameField.label),
    displayFormat: str(nameField.displayFormat),
    validationRules: readValidationRules(join(dir, 'validationRules')),
  };
}

function readValidationRules(dir: string): ValidationRule[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.validationRule-meta.xml'))
    .sort()
    .map((f) => ({ file: f, r: readXml(join(dir, f), 'ValidationRule') }))
    .filter(({ r }) => str(r.active) !== 'false')
    .map(({ file, r }) => ({
      name: file.slice(0, -'.validationRule-meta.xml'.length),
      formula: String(r.errorConditionFormula),
      message: String(r.errorMessage),
      ...(str(r.errorDisplayField) ? { displayField: String(r.errorDisplayField) } : {}),
    }));
}
