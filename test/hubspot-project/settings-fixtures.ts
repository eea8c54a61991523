import type { HubSpotFetchOptions } from '@hubspot/ui-extensions';
import type { ModelAnswer } from '../../extension/hubspot/src/app/settings/settings-api.js';
import type { ScoringModel } from '../../src/core/scoring/index.js';
import { DEFAULT_MODEL, modelWarnings } from '../../src/core/scoring/index.js';

/** What travels over HTTP: JSON without undefined values. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The service's answer for a model, built as the service builds it (`modelWarnings`). */
export function modelAnswer(model: ScoringModel, isDefault: boolean): ModelAnswer {
  return overTheWire({ model, isDefault, warnings: modelWarnings(model) });
}

/** An own model: the default renamed, with one criterion too light to matter (a guardrail warning). */
export function ownModel(): ScoringModel {
  return {
    ...DEFAULT_MODEL,
    id: 'muster-ag',
    version: '2.1.0',
    name: { de: 'Modell der Muster AG', en: 'Muster AG model' },
    criteria: DEFAULT_MODEL.criteria.map((c) => (c.id === 'freshness' ? { ...c, weight: 2 } : c)),
  };
}

export interface RecordedCall {
  readonly url: string;
  readonly options: HubSpotFetchOptions;
}

type Reply = { readonly status: number; readonly body: unknown } | 'network-error' | 'pending';

/**
 * `hubspot.fetch` as the page sees it: answers the queued replies in order and records each call.
 * `pending` never settles (the page stays loading).
 */
export function fakeFetch(...replies: Reply[]) {
  const calls: RecordedCall[] = [];
  const queue = [...replies];
  const fetch = (url: string, options: HubSpotFetchOptions = {}) => {
    calls.push({ url, options });
    const reply = queue.shift();
    if (reply === undefined) return Promise.reject(new Error(`no reply queued for call ${calls.length}`));
    if (reply === 'pending') return new Promise<never>(() => undefined);
    if (reply === 'network-error') return Promise.reject(new TypeError('fetch failed'));
    return Promise.resolve({
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      json: () => Promise.resolve(overTheWire(reply.body)),
    });
  };
  return { fetch, calls };
}

/** The service's error answer (`{ status: 'error', code, message }`). */
export const errorReply = (status: number, code: string, message: string) => ({
  status,
  body: { status: 'error', code, message },
});

interface TextTree {
  readonly text: string | null;
  readonly childNodes?: readonly TextTree[];
}

/** All text under a rendered node, descendants included (a node's own `text` holds its direct text only). */
export function textOf(node: TextTree): string {
  if (!node.childNodes) return node.text ?? '';
  return node.childNodes.map(textOf).join('');
}
