import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The HubSpot developer project (`hs project upload` runs here). */
export const PROJECT_DIR = join(ROOT, 'extension/hubspot');
export const SRC_DIR = join(PROJECT_DIR, 'src');

/** A `*-hsmeta.json` (or any JSON) of the project's source, by its path under `src/`. */
export function readMeta<T>(relative: string): T {
  return JSON.parse(readFileSync(join(SRC_DIR, relative), 'utf8')) as T;
}

export interface AppMeta {
  readonly config: {
    readonly auth: { readonly redirectUrls: readonly string[]; readonly requiredScopes: readonly string[] };
    readonly permittedUrls: { readonly fetch: readonly string[]; readonly iframe: readonly string[] };
  };
}

export interface Subscription {
  readonly subscriptionType: string;
  readonly propertyName?: string;
  readonly objectType?: string;
  readonly active?: boolean;
}

export interface WebhooksMeta {
  readonly config: {
    readonly settings: { readonly targetUrl: string; readonly maxConcurrentRequests: number };
    readonly subscriptions: {
      readonly crmObjects?: readonly Subscription[];
      readonly legacyCrmObjects?: readonly Subscription[];
      readonly hubEvents?: readonly Subscription[];
    };
  };
}

export interface FieldMeta {
  readonly typeDefinition: {
    readonly name: string;
    readonly type: string;
    readonly options?: readonly { readonly value: string; readonly label: string }[];
  };
}

export interface WorkflowActionMeta {
  readonly config: {
    readonly actionUrl: string;
    readonly objectTypes: readonly string[];
    readonly inputFields: readonly FieldMeta[];
    readonly outputFields: readonly FieldMeta[];
    readonly labels: Readonly<
      Record<
        string,
        {
          readonly actionName: string;
          readonly actionDescription?: string;
          readonly outputFieldLabels?: Readonly<Record<string, string>>;
        }
      >
    >;
  };
}
