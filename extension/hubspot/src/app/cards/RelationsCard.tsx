import { hubspot } from '@hubspot/ui-extensions';
import { RelationsView } from './relations/RelationsView.js';
import { createCardApi } from './shared/card-api.js';

/** Record tab on a company: the customer's informal network (sociogram and relationships). */
hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <RelationsView api={createCardApi(hubspot.fetch, context, actions)} />
));
