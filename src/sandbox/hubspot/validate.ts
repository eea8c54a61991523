import type { z } from 'zod';
import { validationError } from './errors.js';

/** Parses a request part with zod; a mismatch becomes HubSpot's 400 VALIDATION_ERROR body. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  part: 'body' | 'query' | 'path',
): z.infer<S> {
  const parsed = schema.safeParse(data ?? (part === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.slice(0, 20).map((issue) => {
    const where = issue.path.length > 0 ? formatPath(issue.path) : part;
    return { message: `${where}: ${issue.message}`, in: where, code: issue.code };
  });
  const first = errors[0]!;
  const lead = part === 'body' ? 'Invalid input JSON' : `Invalid ${part} parameter`;
  throw validationError(`${lead}: ${first.message}`, errors);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
