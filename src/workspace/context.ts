import type { Lang } from '../core/i18n/index.js';
import type { WorkspaceApi } from './api.js';
import type { TenantInfo } from './contract.js';
import type { WorkspaceViews } from './view-types.js';

/** What a page needs from the workspace around it; tests pass a fake API and fake views. */
export interface PageContext {
  readonly api: WorkspaceApi;
  readonly views: WorkspaceViews;
  lang(): Lang;
  /** Today as `YYYY-MM-DD`, from the person's clock. */
  today(): string;
  /** A fresh random id part for new records. */
  randomId(): string;
  /** Opens another page (a new history entry). */
  navigate(hash: string): void;
  /** Changes the fragment of this page without opening it again (a filter changed). */
  replaceHash(hash: string): void;
  /** Shows an error where the person sees it; `retry` offers to try again. */
  reportError(error: unknown, retry?: () => void): void;
  /** The one account a link issued for an account reaches (no portfolio then); undefined otherwise. */
  scopedTo(): string | undefined;
  /** The tenant the shown data belongs to, for the header. */
  showTenant(tenant: TenantInfo): void;
}

/** A page on screen. */
export interface Page {
  /** Draws again from the data it holds, in the current language. */
  rerender(): void;
  /** Stops timers and observers before another page takes the space. */
  dispose(): void;
}
