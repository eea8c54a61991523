import { describe, expect, it, jest } from '@jest/globals';
import type { TranslateResult } from '@hubspot/project-parsing-lib/translate';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_URL as CARDS_SERVICE_URL } from '../../extension/hubspot/src/app/cards/shared/service.js';
import { SERVICE_URL as SETTINGS_SERVICE_URL } from '../../extension/hubspot/src/app/settings/service.js';
import { wantedSubscriptions } from '../../src/crm/hubspot/webhook-setup.js';
import { SERVICE_VARIABLES } from '../../src/service/config.js';
import { COMPONENT_SCHEMAS } from './component-schemas.js';
import type { AppMeta, WebhooksMeta, WorkflowActionMeta } from './project-files.js';
import { PROJECT_DIR, readMeta, ROOT, SRC_DIR } from './project-files.js';

// The lib fetches the component schemas from the HubSpot account; offline, the schemas written from
// HubSpot's reference stand in for them. Everything else is the lib's own parsing and validation.
jest.unstable_mockModule(join(ROOT, 'node_modules/@hubspot/project-parsing-lib/src/lib/schemas.js'), () => ({
  getIntermediateRepresentationSchema: async () => COMPONENT_SCHEMAS,
}));
const { translate, isTranslationError } = await import('@hubspot/project-parsing-lib/translate');
const { getProjectMetadata, parseProjectConfig } = await import('@hubspot/project-parsing-lib/projects');

const PLATFORM = '2026.03';

/** The project parsed and validated as `hs project upload` would before sending it; errors as the CLI prints them. */
async function parse(srcDir: string): Promise<TranslateResult> {
  try {
    return await translate({ projectSourceDir: srcDir, platformVersion: PLATFORM });
  } catch (e) {
    throw new Error(isTranslationError(e) ? e.toString() : String(e), { cause: e });
  }
}

/** A copy of the project's source, to break on purpose. */
function copyOfSource(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kam-hubspot-project-'));
  cpSync(SRC_DIR, dir, { recursive: true, filter: (path) => !path.includes('node_modules') });
  return dir;
}

describe('the HubSpot project, parsed offline with project-parsing-lib', () => {
  it('is a 2026.03 project with its source in src/', () => {
    expect(parseProjectConfig(PROJECT_DIR)).toMatchObject({ srcDir: 'src', platformVersion: PLATFORM });
  });

  it('parses without errors or skipped files, one component per *-hsmeta.json, uids unique', async () => {
    const { intermediateRepresentation, skippedHsMetaFiles } = await parse(SRC_DIR);
    expect(skippedHsMetaFiles).toEqual([]);
    const nodes = Object.values(intermediateRepresentation.intermediateNodesIndexedByUid);
    const { hsMetaFiles } = await getProjectMetadata(SRC_DIR);
    const uids = hsMetaFiles.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { uid: string }).uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(nodes.map((n) => n.uid).sort()).toEqual([...uids].sort());
    const types = nodes.map((n) => n.componentType);
    expect(types.filter((t) => t === 'CARD')).toHaveLength(6);
    expect([...new Set(types)].sort()).toEqual([
      'APPLICATION',
      'CARD',
      'SETTINGS',
      'WEBHOOKS',
      'WORKFLOW_ACTION',
    ]);
    for (const node of nodes.filter((n) => n.componentType !== 'APPLICATION'))
      expect(node.componentDeps).toMatchObject({ app: 'kam_app' });
  });

  it("keeps every component type within the platform's count", async () => {
    const { components } = await getProjectMetadata(SRC_DIR);
    for (const [type, { count, maxCount }] of Object.entries(components)) {
      expect({ type, within: count <= maxCount }).toEqual({ type, within: true });
    }
    expect(components['app']?.count).toBe(1);
    expect(components['card']?.count).toBe(6);
  });

  it('points every card and the settings page at an entry file that exists', async () => {
    const { intermediateRepresentation } = await parse(SRC_DIR);
    const entries = Object.values(intermediateRepresentation.intermediateNodesIndexedByUid)
      .filter((n) => n.componentType === 'CARD' || n.componentType === 'SETTINGS')
      .map((n) => (n.config as { entrypoint: string }).entrypoint);
    expect(entries).toHaveLength(7);
    for (const entry of entries)
      expect({ entry, exists: existsSync(join(SRC_DIR, entry)) }).toEqual({ entry, exists: true });
    for (const dir of ['app/cards', 'app/settings']) {
      const pkg = readMeta<{ dependencies: Record<string, string> }>(`${dir}/package.json`);
      expect(pkg.dependencies).toEqual({ '@hubspot/ui-extensions': '0.17.0', react: '18.3.1' });
    }
  });

  describe('fails where the upload would', () => {
    it('skips a *-hsmeta.json outside a component folder', async () => {
      const dir = copyOfSource();
      try {
        mkdirSync(join(dir, 'app/cards/nested'));
        renameSync(
          join(dir, 'app/cards/score-card-hsmeta.json'),
          join(dir, 'app/cards/nested/score-card-hsmeta.json'),
        );
        const { skippedHsMetaFiles } = await parse(dir);
        expect(skippedHsMetaFiles).toEqual(['app/cards/nested/score-card-hsmeta.json']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses a uid used twice', async () => {
      const dir = copyOfSource();
      try {
        const card = JSON.parse(
          readFileSync(join(dir, 'app/cards/score-card-hsmeta.json'), 'utf8'),
        ) as object;
        writeFileSync(join(dir, 'app/cards/copy-card-hsmeta.json'), JSON.stringify(card));
        await expect(parse(dir)).rejects.toThrow("Duplicate uid 'kam_score_card'");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses a config the schema does not allow', async () => {
      const dir = copyOfSource();
      try {
        const file = join(dir, 'app/cards/score-card-hsmeta.json');
        const card = JSON.parse(readFileSync(file, 'utf8')) as { config: Record<string, unknown> };
        writeFileSync(
          file,
          JSON.stringify({ ...card, config: { ...card.config, location: 'crm.record.middle' } }),
        );
        await expect(parse(dir)).rejects.toThrow(/score-card-hsmeta\.json[\s\S]*config\.location/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('the project and the service agree', () => {
  const app = readMeta<AppMeta>('app/app-hsmeta.json');

  it('lets the cards and the settings page call and frame the service', () => {
    expect(SETTINGS_SERVICE_URL).toBe(CARDS_SERVICE_URL);
    expect(app.config.permittedUrls.fetch).toContain(CARDS_SERVICE_URL);
    expect(app.config.permittedUrls.iframe).toContain(CARDS_SERVICE_URL);
    expect(app.config.auth.redirectUrls).toEqual([`${CARDS_SERVICE_URL}/oauth/hubspot/callback`]);
  });

  it('asks for exactly the scopes the service asks for at install', () => {
    const serviceScopes = SERVICE_VARIABLES.HUBSPOT_SCOPES.fallback.split(' ');
    expect(new Set(app.config.auth.requiredScopes).size).toBe(app.config.auth.requiredScopes.length);
    expect([...app.config.auth.requiredScopes].sort()).toEqual([...serviceScopes].sort());
  });

  it('subscribes the webhooks the service subscribes on companies, contacts and deals', () => {
    const { settings, subscriptions } = readMeta<WebhooksMeta>('app/webhooks/webhooks-hsmeta.json').config;
    expect(settings.targetUrl).toBe(`${CARDS_SERVICE_URL}/webhooks/hubspot`);
    const declared = (subscriptions.legacyCrmObjects ?? []).map((s) => {
      expect(s.active).toBe(true);
      return { eventType: s.subscriptionType, ...(s.propertyName ? { propertyName: s.propertyName } : {}) };
    });
    const key = (s: { eventType: string; propertyName?: string }) => `${s.eventType}|${s.propertyName ?? ''}`;
    expect(declared.map(key).sort()).toEqual(wantedSubscriptions({}).map(key).sort());
    expect(new Set(declared.map(key)).size).toBe(declared.length);
  });

  it("leaves the portal's KAM objects to the service's own subscription (their type ids differ per portal)", () => {
    const { subscriptions } = readMeta<WebhooksMeta>('app/webhooks/webhooks-hsmeta.json').config;
    expect(subscriptions.crmObjects ?? []).toEqual([]);
    const withObjects = wantedSubscriptions({ kam_action: '2-123' });
    const custom = withObjects.filter((s) => s.objectTypeId !== undefined);
    expect(custom.length).toBeGreaterThan(0);
    expect(withObjects.length - custom.length).toBe((subscriptions.legacyCrmObjects ?? []).length);
  });

  it('sends the workflow action to the service', () => {
    const action = readMeta<WorkflowActionMeta>('app/workflow-actions/recompute-hsmeta.json');
    expect(action.config.actionUrl).toBe(`${CARDS_SERVICE_URL}/hubspot/actions/recompute`);
  });
});
