import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { z } from 'zod';
import { ARRAY_TAGS } from './schemas.js';
import { problem, type Problem } from './problems.js';

const parser = new XMLParser({
  ignoreAttributes: true,
  // Values stay strings: picklist values such as "1" or "true" must not turn into numbers or booleans.
  parseTagValue: false,
  trimValues: true,
  // `value` repeats in picklists but is a single string in report filters.
  isArray: (tag, jpath) =>
    tag === 'value' ? String(jpath).endsWith('valueSetDefinition.value') : ARRAY_TAGS.has(tag),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Reads one metadata file and validates its shape; a failure names the file and the element. */
export function parseMetaFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
): Parsed<z.output<S>> {
  let raw: unknown;
  try {
    raw = parser.parse(readFileSync(join(root, file), 'utf8'), true);
  } catch (error) {
    return { ok: false, problems: [problem(file, `cannot parse: ${(error as Error).message}`)] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => problem(file, `<${i.path.join('.') || 'root'}> ${i.message}`)),
  };
}
