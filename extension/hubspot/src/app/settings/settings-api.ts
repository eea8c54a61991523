import type { HubSpotFetchOptions } from '@hubspot/ui-extensions';
import type { ScoringModel } from '../../../../../src/core/scoring/model.js';
import type { Lang } from './messages.js';
import { t } from './messages.js';
import { SERVICE_URL } from './service.js';

/** What the service answers for the installation's model (`GET`/`PUT /api/settings/model`). */
export interface ModelAnswer {
  readonly model: ScoringModel;
  readonly isDefault: boolean;
  readonly warnings: readonly {
    readonly code: string;
    readonly text: { readonly de: string; readonly en: string };
  }[];
}

/** Back to the default model, or a model of the installation's own (checked by the service). */
export type ModelChoice = { readonly useDefault: true } | { readonly model: unknown };

/** `hubspot.fetch`: HubSpot signs the request and appends the portal and user. */
export type FetchFunction = (
  url: string,
  options: HubSpotFetchOptions,
) => Promise<{ readonly ok: boolean; readonly status: number; json(): Promise<unknown> }>;

export interface SettingsApi {
  loadModel(): Promise<ModelAnswer>;
  saveModel(choice: ModelChoice): Promise<ModelAnswer>;
}

/** A failed call, with the text to show: the service's own message in the user's language when it sent one. */
export class SettingsError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** What the admin reads about a failure: the service's or the page's own message, else a general one. */
export function errorText(error: unknown, lang: Lang): string {
  return error instanceof SettingsError ? error.message : t('failed', lang);
}

const MODEL_PATH = '/api/settings/model';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isModelAnswer = (v: unknown): v is ModelAnswer =>
  isRecord(v) &&
  typeof v['isDefault'] === 'boolean' &&
  Array.isArray(v['warnings']) &&
  isRecord(v['model']) &&
  Array.isArray(v['model']['criteria']);

/** The settings page's calls to the service, in the user's language. */
export function settingsApi(fetch: FetchFunction, lang: Lang): SettingsApi {
  async function call(options: HubSpotFetchOptions): Promise<ModelAnswer> {
    let response: Awaited<ReturnType<FetchFunction>>;
    try {
      response = await fetch(`${SERVICE_URL}${MODEL_PATH}`, {
        ...options,
        headers: { 'Accept-Language': lang, Accept: 'application/json' },
      });
    } catch {
      throw new SettingsError(t('unreachable', lang), 'UNREACHABLE');
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      if (isRecord(body) && typeof body['message'] === 'string')
        throw new SettingsError(body['message'], typeof body['code'] === 'string' ? body['code'] : undefined);
      throw new SettingsError(t('unexpected', lang, { status: response.status }), 'UNEXPECTED');
    }
    if (!isModelAnswer(body))
      throw new SettingsError(t('unexpected', lang, { status: response.status }), 'UNEXPECTED');
    return body;
  }
  return {
    loadModel: () => call({ method: 'GET' }),
    saveModel: (choice) => call({ method: 'PUT', body: { ...choice } }),
  };
}
