import type { CrmContext, OpenIframeModalAction } from '@hubspot/ui-extensions';
import type { ApiClient, FetchFunction } from './api.js';
import { createApiClient } from './api.js';
import { isoToday } from './dates.js';
import type { Lang } from './i18n.js';
import { langOf } from './i18n.js';

export type IframeModal = Parameters<OpenIframeModalAction>[0];

/** Everything a card's view needs from HubSpot and the service; tests pass a fake. */
export interface CardApi extends ApiClient {
  /** The company the card sits on. */
  readonly accountId: string;
  /** The user's language. */
  readonly lang: Lang;
  /** Today as `YYYY-MM-DD` (a completed action's date, a contact's confirmation). */
  today(): string;
  openIframeModal(modal: IframeModal): void;
}

/** The api of a card on a company record: `hubspot.fetch`, the record's context and HubSpot's actions. */
export function createCardApi(
  fetch: FetchFunction,
  context: Pick<CrmContext, 'crm' | 'user'>,
  actions: { readonly openIframeModal: OpenIframeModalAction },
): CardApi {
  const accountId = String(context.crm.objectId);
  const lang = langOf(context.user.locale ?? context.user.language);
  return {
    ...createApiClient(fetch, accountId, lang),
    accountId,
    lang,
    today: () => isoToday(),
    openIframeModal: (modal) => actions.openIframeModal(modal),
  };
}
