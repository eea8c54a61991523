/**
 * Fixed credentials of the demo's sandbox, so the printed "try this" commands work on every start.
 * They open nothing but the local sandbox.
 */
export const DEMO = {
  hubspot: {
    privateAppToken: 'pat-demo-kam-0000-0001',
    clientId: 'kam-demo-app',
    clientSecret: 'kam-demo-app-client-secret',
    appId: 1000001,
    developerApiKey: 'kam-demo-developer-key',
  },
  salesforce: {
    accessToken: '00D5g000004KamX!kam.demo.salesforce.token',
  },
} as const;
