import { hubspot } from '@hubspot/ui-extensions';
import { langOf } from './messages.js';
import { SettingsPage } from './SettingsPage.js';
import { settingsApi } from './settings-api.js';

/** Entry of the app's settings page: the user's language and `hubspot.fetch` wired into the page. */
hubspot.extend<'settings'>(({ context }) => {
  const lang = langOf(context.user.locale);
  return <SettingsPage api={settingsApi(hubspot.fetch, lang)} lang={lang} />;
});
