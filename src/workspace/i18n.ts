import type { Lang } from '../core/i18n/index.js';

/** `de`, `de-AT`, `EN-gb` → the language; anything else → undefined. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const code = tag?.trim().slice(0, 2).toLowerCase();
  return code === 'de' || code === 'en' ? code : undefined;
}

/** The browser's language: German for any de-*, English otherwise. */
export function browserLang(language: string | undefined): Lang {
  return langFromTag(language) === 'de' ? 'de' : 'en';
}

/** The link's language first, then the person's stored choice, then the browser's. */
export function chooseLang(sources: {
  readonly link?: Lang | undefined;
  readonly stored?: string | undefined;
  readonly browser?: string | undefined;
}): Lang {
  return sources.link ?? langFromTag(sources.stored) ?? browserLang(sources.browser);
}

export const otherLang = (lang: Lang): Lang => (lang === 'de' ? 'en' : 'de');
