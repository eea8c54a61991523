import type { Lang } from '../../core/i18n/index.js';
import { DEFAULT_API_VERSION } from '../../crm/salesforce/adapter/index.js';
import type { Demo } from './start-demo.js';
import { DEMO } from './demo-credentials.js';

/** What `npm start` prints: where things are and three steps to see a score follow a change. */
export function demoGuide(demo: Demo, lang: Lang): string[] {
  const service = demo.service.url ?? '';
  const sandbox = demo.sandbox.url();
  const hs = `-H 'Authorization: Bearer ${DEMO.hubspot.privateAppToken}'`;
  const sf = `-H 'Authorization: Bearer ${DEMO.salesforce.accessToken}'`;
  const json = `-H 'Content-Type: application/json'`;
  const company = `${sandbox}/crm/v3/objects/companies/${demo.sample.hubspot}`;
  const account = `${sandbox}/services/data/v${DEFAULT_API_VERSION}/sobjects/Account/${demo.sample.salesforce}`;
  const de = lang === 'de';
  return [
    '',
    de ? 'KAM-Demo läuft.' : 'The KAM demo is running.',
    `  ${de ? 'Arbeitsbereich' : 'Workspace'}    ${service}/   (${de ? 'Portfolio und Key Accounts im Browser' : 'portfolio and key accounts in the browser'})`,
    `  ${de ? 'KAM-Service' : 'KAM service'}   ${service}   (/healthz, /metrics)`,
    `  ${de ? 'Sandbox-CRM' : 'Sandbox CRM'}   ${sandbox}   (${de ? 'Zugangsdaten' : 'tokens'}: ${sandbox}/__sandbox/tokens)`,
    `  ${de ? 'Installationen' : 'Installations'}: ${demo.tenants.hubspot}, ${demo.tenants.salesforce} — ${demo.scoredAtStart} ${de ? 'Key Accounts bewertet' : 'key accounts scored'}`,
    '',
    de ? 'Ausprobieren (HubSpot):' : 'Try it (HubSpot):',
    `  1. ${de ? 'Score lesen' : 'read the score'}:`,
    `     curl -s ${hs} '${company}?properties=name,kam_score,kam_tier,kam_score_reasons'`,
    `  2. ${de ? 'Strategische Passung auf 1 setzen' : 'set the strategic fit to 1'}:`,
    `     curl -s -X PATCH ${hs} ${json} -d '{"properties":{"kam_rating_strategic_fit":"1"}}' '${company}'`,
    `  3. ${de ? 'Nach wenigen Sekunden erneut lesen: Score und Begründung sind neu.' : 'read again after a few seconds: score and reasons have changed.'}`,
    de ? 'Ausprobieren (Salesforce):' : 'Try it (Salesforce):',
    `     curl -s -X PATCH ${sf} ${json} -d '{"KAM_Rating_Strategic_Fit__c":1}' '${account}'`,
    `     curl -s ${sf} '${account}?fields=Name,KAM_Score__c,KAM_Tier__c'`,
    '',
    de ? 'Beenden mit Strg+C.' : 'Stop with Ctrl+C.',
  ];
}
