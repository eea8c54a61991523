import { hubspot } from '@hubspot/ui-extensions';
import { ScoreView } from './score/ScoreView.js';
import { createCardApi } from './shared/card-api.js';

/** Sidebar card on a company: the key-account score. */
hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <ScoreView api={createCardApi(hubspot.fetch, context, actions)} />
));
