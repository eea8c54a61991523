import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import { ApiError, NetworkError } from './api.js';

/** What went wrong, in the reader's language: the service's own message when it sent one. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) {
    if (error.linkRefused) return linkRefusedText(error.code, lang).title;
    return error.message || t('workspace.error.http', lang, { status: String(error.status) });
  }
  if (error instanceof NetworkError) return t('workspace.error.network', lang);
  return t('workspace.error.unexpected', lang);
}

/** The words for a refused link: what happened and what to do about it. */
export function linkRefusedText(code: string, lang: Lang): { title: string; help: string } {
  return {
    title: t(code === 'LINK_EXPIRED' ? 'workspace.link.expired' : 'workspace.link.invalid', lang),
    help: t('workspace.link.reopen', lang),
  };
}

/** Trying again may help: the network failed or the service was briefly unavailable. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}
