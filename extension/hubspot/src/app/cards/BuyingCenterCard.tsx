import { hubspot } from '@hubspot/ui-extensions';
import { BuyingCenterView } from './buying-center/BuyingCenterView.js';
import { createCardApi } from './shared/card-api.js';

/** Record tab on a company: the buying center. */
hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <BuyingCenterView api={createCardApi(hubspot.fetch, context, actions)} />
));
