import type { FastifyInstance } from 'fastify';
import type { HubSpotState } from '../state.js';
import { registerWorkflowAdmin } from './admin-routes.js';
import { registerCallbackRoutes } from './callback-routes.js';
import { registerDefinitionRoutes } from './definition-routes.js';
import { DefinitionsStore } from './definitions.js';
import { ExecutionsStore } from './executions.js';
import { ActionRunner } from './runner.js';
import { clearWorkflowData, createWorkflowTables } from './tables.js';

/** Custom workflow actions: definitions API, calls to the action URL, completion callbacks. */
export interface Workflows {
  registerApi(app: FastifyInstance): void;
  /** admin routes, on a plugin prefixed `/__sandbox/hubspot` */
  registerAdmin(app: FastifyInstance): void;
  /** forgets executions (definitions stay) */
  reset(): void;
}

export function createWorkflows(state: HubSpotState): Workflows {
  createWorkflowTables(state.db);
  const definitions = new DefinitionsStore(state.db);
  const executions = new ExecutionsStore(state.db, state.now);
  const runner = new ActionRunner(state, definitions, executions);
  return {
    registerApi(app) {
      registerDefinitionRoutes(app, state, definitions);
      registerCallbackRoutes(app, state, runner);
    },
    registerAdmin: (app) => registerWorkflowAdmin(app, runner, executions),
    reset: () => clearWorkflowData(state.db),
  };
}
