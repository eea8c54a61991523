import { CardApiError } from './api.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

/** What a person reads about a failure: the service's own message where there is one. */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof Error && error.message) return error.message;
  return t('card.error.network', lang);
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof CardApiError ? error.code : undefined;
}
