import type { WorkspaceView } from './api.js';
import type { CardApi } from './card-api.js';
import type { Task } from './use-task.js';
import { useTask } from './use-task.js';

/** The modal the workspace opens in: large enough for the sociogram and the timeline. */
export const WORKSPACE_MODAL = { width: 1200, height: 800 } as const;

/**
 * Opens the account in the workspace (a fresh link each time: links expire) in a HubSpot modal,
 * scrolled to `view` when one is given.
 */
export function useWorkspace(api: CardApi): Task<[title: string, view?: WorkspaceView]> {
  return useTask(async (title: string, view?: WorkspaceView) => {
    const link = await api.workspaceLink(view);
    api.openIframeModal({ uri: link.url, title, ...WORKSPACE_MODAL });
  }, api.lang);
}
