import { hubspot } from '@hubspot/ui-extensions';
import { langOf } from './messages.js';
import { SettingsPage } from './SettingsPage.js';
import { settingsApi } from './settings-api.js';

/** Entry of the app's settings page: the user's language (as the cards read it) and `hubspot.fetch`. */
hubspot.extend<'settings'>(({ context }) => {
  const lang = langOf(context.user.locale ?? context.user.language);
  return <SettingsPage api={settingsApi(hubspot.fetch, lang)} lang={lang} />;
});
