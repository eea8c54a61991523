import type { CardApi } from './card-api.js';
import type { Task } from './use-task.js';
import { useTask } from './use-task.js';

/** The modal the workspace opens in: large enough for the sociogram and the timeline. */
export const WORKSPACE_MODAL = { width: 1200, height: 800 } as const;

/** Opens the account in the workspace (a fresh link each time: links expire) in a HubSpot modal. */
export function useWorkspace(api: CardApi): Task<[title: string]> {
  return useTask(async (title: string) => {
    const link = await api.workspaceLink();
    api.openIframeModal({ uri: link.url, title, ...WORKSPACE_MODAL });
  }, api.lang);
}
