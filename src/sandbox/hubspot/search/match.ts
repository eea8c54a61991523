import type { PropertyDefinition } from '../property-model.js';
import { comparableNumber } from '../property-values.js';
import type { StoredObject } from '../store/objects-store.js';
import type { Filter } from './request.js';

type Definitions = ReadonlyMap<string, PropertyDefinition>;

/** Filter groups are OR-ed, the filters in a group AND-ed. */
export function matchesGroups(
  obj: StoredObject,
  groups: readonly { filters: readonly Filter[] }[],
  defs: Definitions,
): boolean {
  if (groups.length === 0) return true;
  return groups.some((g) => g.filters.every((f) => matches(obj, f, defs)));
}

function matches(obj: StoredObject, f: Filter, defs: Definitions): boolean {
  const actual = obj.properties[f.propertyName];
  const type = defs.get(f.propertyName)?.type ?? 'string';
  switch (f.operator) {
    case 'HAS_PROPERTY':
      return actual !== undefined;
    case 'NOT_HAS_PROPERTY':
      return actual === undefined;
    case 'EQ':
      return actual !== undefined && compare(actual, f.value!, type) === 0;
    case 'NEQ':
      return actual === undefined || compare(actual, f.value!, type) !== 0;
    case 'LT':
      return actual !== undefined && compare(actual, f.value!, type) < 0;
    case 'LTE':
      return actual !== undefined && compare(actual, f.value!, type) <= 0;
    case 'GT':
      return actual !== undefined && compare(actual, f.value!, type) > 0;
    case 'GTE':
      return actual !== undefined && compare(actual, f.value!, type) >= 0;
    case 'BETWEEN':
      return (
        actual !== undefined &&
        compare(actual, f.value!, type) >= 0 &&
        compare(actual, f.highValue!, type) <= 0
      );
    case 'IN':
      return actual !== undefined && f.values!.some((v) => compare(actual, v, type) === 0);
    case 'NOT_IN':
      return actual === undefined || f.values!.every((v) => compare(actual, v, type) !== 0);
    case 'CONTAINS_TOKEN':
      return actual !== undefined && containsToken(actual, f.value!);
    case 'NOT_CONTAINS_TOKEN':
      return actual === undefined || !containsToken(actual, f.value!);
  }
}

/** Numbers and dates compare by value, everything else as text without regard to case. */
export function compare(a: string, b: string, type: string): number {
  const x = comparableNumber(a, type);
  const y = comparableNumber(b, type);
  if (x !== undefined && y !== undefined) return x - y;
  const l = a.toLowerCase();
  const r = b.toLowerCase();
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Whole value or one of its words matches; `*` is a wildcard. */
export function containsToken(value: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.toLowerCase().split('*').map(escape).join('.*')}$`);
  const lower = value.toLowerCase();
  return re.test(lower) || tokens(lower).some((t) => re.test(t));
}

/** A free-text `query`: each of its words is a prefix of some word of a searchable property. */
export function matchesQuery(obj: StoredObject, query: string, searchable: readonly string[]): boolean {
  const wanted = tokens(query.toLowerCase());
  if (wanted.length === 0) return true;
  const words = searchable.flatMap((p) => {
    const v = obj.properties[p];
    return v === undefined ? [] : [v.toLowerCase(), ...tokens(v.toLowerCase())];
  });
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

function tokens(s: string): string[] {
  return s.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
