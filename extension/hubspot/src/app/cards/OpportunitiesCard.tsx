import { hubspot } from '@hubspot/ui-extensions';
import { OpportunitiesView } from './opportunities/OpportunitiesView.js';
import { createCardApi } from './shared/card-api.js';

/** Record tab on a company: opportunities by horizon and concrete projects. */
hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <OpportunitiesView api={createCardApi(hubspot.fetch, context, actions)} />
));
