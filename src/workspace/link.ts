import type { Lang } from '../core/i18n/index.js';
import { langFromTag } from './i18n.js';
import { parseParams } from './params.js';
import type { AccountViewId } from './view-types.js';
import { ACCOUNT_VIEWS } from './view-types.js';

/** What a workspace link carries in its fragment: `#link=<token>&account=<id>&lang=de&compact=1`. */
export interface WorkspaceLink {
  readonly token: string;
  readonly accountId?: string;
  /** The account's view to bring into sight. */
  readonly view?: AccountViewId;
  readonly lang?: Lang;
  readonly compact: boolean;
}

/** The link in a URL fragment, or undefined when the fragment carries no token. */
export function parseLink(hash: string): WorkspaceLink | undefined {
  const params = parseParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('link')?.trim();
  if (!token) return undefined;
  const accountId = params.get('account')?.trim();
  const view = ACCOUNT_VIEWS.find((v) => v === params.get('view'));
  const lang = langFromTag(params.get('lang'));
  return {
    token,
    ...(accountId ? { accountId } : {}),
    ...(view ? { view } : {}),
    ...(lang ? { lang } : {}),
    compact: params.get('compact') === '1' || params.get('compact') === 'true',
  };
}
