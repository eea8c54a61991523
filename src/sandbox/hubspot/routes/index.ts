import type { FastifyInstance } from 'fastify';
import type { Records } from '../records.js';
import type { HubSpotState } from '../state.js';
import { registerAssociationLabelRoutes } from './association-labels.js';
import { registerAssociationBatchRoutes } from './associations-batch.js';
import { registerAssociationRecordRoutes } from './associations-records.js';
import { registerBatchReadRoutes } from './batch-read.js';
import { registerBatchWriteRoutes } from './batch-write.js';
import type { OAuthService } from '../oauth.js';
import { PropertiesService } from '../properties-service.js';
import { SchemasService } from '../schemas-service.js';
import { registerOAuthRoutes } from './oauth.js';
import { registerObjectRoutes } from './objects.js';
import { registerOwnerRoutes } from './owners.js';
import { registerPipelineRoutes } from './pipelines.js';
import { registerPropertyRoutes } from './properties.js';
import { registerPropertyGroupRoutes } from './property-groups.js';
import { registerSchemaRoutes } from './schemas.js';
import { registerSearchRoute } from './search.js';

/** All HubSpot routes, at api.hubapi.com's paths. */
export function registerRoutes(
  app: FastifyInstance,
  state: HubSpotState,
  records: Records,
  oauth: OAuthService,
): void {
  registerObjectRoutes(app, state, records);
  registerBatchReadRoutes(app, state, records);
  registerBatchWriteRoutes(app, state, records);
  registerSearchRoute(app, state);
  registerPropertyRoutes(app, state, new PropertiesService(state));
  registerPropertyGroupRoutes(app, state);
  registerSchemaRoutes(app, state, new SchemasService(state));
  registerAssociationBatchRoutes(app, state);
  registerAssociationRecordRoutes(app, state);
  registerAssociationLabelRoutes(app, state);
  registerOAuthRoutes(app, state, oauth);
  registerOwnerRoutes(app, state);
  registerPipelineRoutes(app, state);
}
