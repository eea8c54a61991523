import { hubspot } from '@hubspot/ui-extensions';
import { ActionPlanView } from './action-plan/ActionPlanView.js';
import { createCardApi } from './shared/card-api.js';

/** Record tab on a company: the Maßnahmenplan (goals and actions). */
hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <ActionPlanView api={createCardApi(hubspot.fetch, context, actions)} />
));
