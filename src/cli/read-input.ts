import type { z } from 'zod';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import { InputError } from './io.js';

/** `contacts[2].attitude` from zod's `['contacts', 2, 'attitude']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** One line naming the first field at fault and how many more there are. */
export function describeIssues(file: string, error: z.ZodError, lang: Lang): string {
  const [first, ...rest] = error.issues;
  const where = first && first.path.length > 0 ? formatPath(first.path) : t('cli.error.root', lang);
  const more = rest.length > 0 ? ` ${t('cli.error.moreIssues', lang, { count: rest.length })}` : '';
  return t('cli.error.invalidField', lang, { file, field: where, problem: first?.message ?? '' }) + more;
}

/** Reads a JSON file and validates it; every failure becomes one clear InputError line. */
export async function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  readFile: (path: string) => Promise<string>,
  lang: Lang,
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const key = code === 'ENOENT' ? 'cli.error.fileNotFound' : 'cli.error.fileUnreadable';
    throw new InputError(t(key, lang, { file: path, reason: code ?? String(e) }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(t('cli.error.invalidJson', lang, { file: path, reason: (e as Error).message }));
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InputError(describeIssues(path, parsed.error, lang));
  return parsed.data;
}
