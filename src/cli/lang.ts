import { Option } from 'commander';
import { z } from 'zod';
import type { Lang } from '../core/i18n/index.js';
import { LANGS } from '../core/i18n/index.js';
import { InputError } from './io.js';

const LangSchema = z.enum(LANGS);

/**
 * The language a person reads: `--lang`, else KAM_LANG, else the locale (LC_ALL, LC_MESSAGES,
 * LANG: `de_DE.UTF-8` → de), else English.
 */
export function resolveLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag !== undefined) return LangSchema.parse(flag);
  const configured = env.KAM_LANG;
  if (configured) {
    const parsed = LangSchema.safeParse(configured);
    if (!parsed.success)
      throw new InputError(`KAM_LANG must be one of ${LANGS.join(', ')}, got "${configured}"`);
    return parsed.data;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Switches zod's own messages (used for input errors) to the reader's language. */
export function useZodLanguage(lang: Lang): void {
  z.config(lang === 'de' ? z.locales.de() : z.locales.en());
}

export function langOption(): Option {
  return new Option('-l, --lang <lang>', 'language of the output (default: KAM_LANG or the locale)').choices(
    LANGS,
  );
}
