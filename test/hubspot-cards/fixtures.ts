import { analyseAccount } from '../../src/core/account-view.js';
import { generatePortfolio } from '../../src/core/demo/index.js';
import { expect } from '@jest/globals';
import { LoadingSpinner } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import {
  AccountPlan,
  Action,
  Contact,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../src/core/model/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import type { AccountAnswer, HistoryPoint, TenantInfo } from '../../src/workspace/contract.js';
import type {
  DeletableKind,
  RecomputeAnswer,
  RecordKind,
  RecordTypes,
  WorkspaceView,
} from '../../extension/hubspot/src/app/cards/shared/api.js';
import { CardApiError } from '../../extension/hubspot/src/app/cards/shared/api.js';
import type { CardApi, IframeModal } from '../../extension/hubspot/src/app/cards/shared/card-api.js';
import type { Lang } from '../../extension/hubspot/src/app/cards/shared/i18n.js';

export const NOW = new Date('2026-11-27T09:00:00Z');
export const TODAY = '2026-11-27';
const TENANT: TenantInfo = { id: 'hubspot-123', name: 'Muster AG', crm: 'hubspot', lang: 'de' };

let portfolio: AccountSnapshot[] | undefined;
export function demoSnapshot(id: string): AccountSnapshot {
  portfolio ??= generatePortfolio({ now: NOW });
  const found = portfolio.find((s) => s.account.id === id);
  if (!found) throw new Error(`no demo account ${id}`);
  return found;
}

/** What `GET /api/accounts/:id` answers for a snapshot, as it travels over HTTP. */
export function answerFor(snapshot: AccountSnapshot, history: readonly HistoryPoint[] = []): AccountAnswer {
  const answer: AccountAnswer = {
    tenant: TENANT,
    snapshot,
    view: analyseAccount(snapshot, DEFAULT_MODEL, NOW),
    history,
  };
  return JSON.parse(JSON.stringify(answer)) as AccountAnswer;
}

/** A demo account as the service answers it (no score written yet unless `history` says so). */
export function demoAnswer(id: string, history: readonly HistoryPoint[] = []): AccountAnswer {
  return answerFor(demoSnapshot(id), history);
}

/** A key account with nothing recorded yet: no contacts, notes, potentials, goals, actions or deals. */
export function emptyAnswer(): AccountAnswer {
  const { account } = demoSnapshot('acc-001');
  return answerFor({
    account,
    contacts: [],
    relationships: [],
    valueChain: [],
    potentials: [],
    plan: { id: 'plan-empty', goals: [] },
    actions: [],
    deals: [],
  });
}

/** The service's own schemas of the records a card saves (`PUT /api/accounts/:id/records/:kind`). */
const RECORD_SCHEMAS: Record<RecordKind, z.ZodType> = {
  contact: Contact,
  relationship: Relationship,
  valueChainNote: ValueChainNote,
  potential: Potential,
  action: Action,
  plan: AccountPlan,
};

/** The record as the service reads the body, or its refusal as the service words it. */
function serviceParse(kind: RecordKind, record: unknown): { data: unknown } | { problem: string } {
  const parsed = RECORD_SCHEMAS[kind].safeParse(JSON.parse(JSON.stringify(record)));
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `body.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
}

export type Call =
  | { readonly method: 'account' }
  | { readonly method: 'saveRecord'; readonly kind: RecordKind; readonly record: unknown }
  | { readonly method: 'deleteRecord'; readonly kind: DeletableKind; readonly id: string }
  | { readonly method: 'recompute' }
  | { readonly method: 'workspaceLink'; readonly view?: WorkspaceView }
  | { readonly method: 'openIframeModal'; readonly modal: IframeModal };

export interface FakeApi extends CardApi {
  readonly calls: Call[];
  /** The calls of one method, in order. */
  readonly callsOf: <M extends Call['method']>(method: M) => Extract<Call, { method: M }>[];
  /** Bodies the service's schemas refused (the fake answers them with a 400, as the service does). */
  readonly refused: string[];
}

export interface FakeOptions {
  readonly lang?: Lang;
  readonly account?: () => Promise<AccountAnswer>;
  readonly saveRecord?: (kind: RecordKind, record: unknown) => Promise<unknown>;
  readonly deleteRecord?: () => Promise<void>;
  readonly recompute?: () => Promise<RecomputeAnswer>;
}

export const LINK_URL = 'https://kam.example.com/workspace/#link=token&account=acc';

/** A card api that records every call and answers from the options (by default: success). */
export function fakeApi(answer: AccountAnswer, options: FakeOptions = {}): FakeApi {
  const calls: Call[] = [];
  const refused: string[] = [];
  return {
    calls,
    refused,
    callsOf: <M extends Call['method']>(method: M) =>
      calls.filter((c): c is Extract<Call, { method: M }> => c.method === method),
    accountId: answer.snapshot.account.id,
    lang: options.lang ?? 'en',
    today: () => TODAY,
    account: async () => {
      calls.push({ method: 'account' });
      return options.account ? options.account() : answer;
    },
    saveRecord: async <K extends RecordKind>(kind: K, record: RecordTypes[K]) => {
      calls.push({ method: 'saveRecord', kind, record });
      const parsed = serviceParse(kind, record);
      if ('problem' in parsed) {
        refused.push(parsed.problem);
        throw new CardApiError(parsed.problem, 'BAD_REQUEST', 400);
      }
      return (options.saveRecord ? await options.saveRecord(kind, record) : parsed.data) as RecordTypes[K];
    },
    deleteRecord: async (kind, id) => {
      calls.push({ method: 'deleteRecord', kind, id });
      if (options.deleteRecord) await options.deleteRecord();
    },
    recompute: async () => {
      calls.push({ method: 'recompute' });
      if (options.recompute) return options.recompute();
      return { score: answer.view.score, written: true };
    },
    workspaceLink: async (view) => {
      calls.push({ method: 'workspaceLink', ...(view ? { view } : {}) });
      return { url: LINK_URL, expiresAt: '2026-11-27T10:00:00Z' };
    },
    openIframeModal: (modal) => {
      calls.push({ method: 'openIframeModal', modal });
    },
  };
}

/** A call that fails as the service does: its message and code. */
export function failing(message: string, code = 'BAD_REQUEST', status = 400): () => Promise<never> {
  return async () => {
    throw new CardApiError(message, code, status);
  };
}

interface NodeLike {
  readonly nodeType: string;
  readonly text: string | null;
  readonly childNodes?: readonly NodeLike[];
}

/** All text inside a rendered node, its descendants' included, without markup. */
export function textOf(node: NodeLike): string {
  if (node.nodeType === 'text') return node.text ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/**
 * Calls an element's event handler with a value. (`trigger` types its argument as the handler
 * itself, so a value such as an input's new text needs this cast.)
 */
export function fire(node: object, event: string, value?: unknown): void {
  (node as { trigger(name: string, arg?: unknown): void }).trigger(event, value);
}

type Location = Parameters<typeof createRenderer>[0];

/** Renders a card and waits until the account is loaded (or failed to load). */
export async function renderLoaded(card: ReactElement, location: Location = 'crm.record.tab') {
  const renderer = createRenderer(location);
  renderer.render(card);
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
  return renderer;
}

export type Rendered = Awaited<ReturnType<typeof renderLoaded>>;

/** A promise the test settles: a call that is still running while the test acts. */
export function gate(): { readonly wait: Promise<void>; readonly open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}
