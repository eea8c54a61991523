import { z } from 'zod';
import { notFound } from './errors.js';
import type { HubSpotState } from './state.js';
import type { OAuthClient } from './store/auth-store.js';
import { parseInput } from './validate.js';

const AppParams = z.object({ appId: z.string().regex(/^\d{1,12}$/, 'must be an app id') });

/** The app an `{appId}` path names: one of the configured OAuth apps (all owned by the developer key). */
export function appOf(state: HubSpotState, params: unknown): OAuthClient {
  const appId = Number(parseInput(AppParams, params, 'path').appId);
  const app = state.auth.clients().find((c) => c.appId === appId);
  if (!app) throw notFound(`App ${appId} does not exist or does not belong to this developer account`);
  return app;
}
