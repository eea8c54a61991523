import { hubspot } from '@hubspot/ui-extensions';
import { createCardApi } from './shared/card-api.js';
import { ValueChainView } from './value-chain/ValueChainView.js';

/** Record tab on a company: the customer's value chain after Porter. */
hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <ValueChainView api={createCardApi(hubspot.fetch, context, actions)} />
));
