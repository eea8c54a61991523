import { SERVICE_VARIABLES } from './config.js';

interface ManifestVariable {
  readonly description: string;
  readonly required: boolean;
  readonly value?: string;
  readonly generator?: 'secret';
}

/**
 * `app.json`, the deploy manifest: the web and worker processes (see `Procfile`), PostgreSQL and
 * Redis add-ons and every variable the service reads, built from `SERVICE_VARIABLES` so the two
 * cannot drift (a test compares the committed file with this).
 */
export function deployManifest(): Record<string, unknown> {
  const env: Record<string, ManifestVariable> = {};
  for (const [name, v] of Object.entries(SERVICE_VARIABLES) as [
    string,
    (typeof SERVICE_VARIABLES)[keyof typeof SERVICE_VARIABLES],
  ][]) {
    const fallback = 'fallback' in v ? v.fallback : undefined;
    const manifest = 'manifest' in v ? v.manifest : undefined;
    if (manifest === 'postgres' || manifest === 'redis') {
      // the add-on sets DATABASE_URL / REDIS_URL, which the service reads when this is unset
      env[name] = { description: v.description, required: false };
      continue;
    }
    env[name] = {
      description: v.description,
      required: manifest === 'secret' || (fallback === undefined && !v.schema.safeParse(undefined).success),
      ...(manifest === 'secret' ? { generator: 'secret' as const } : {}),
      ...(name === 'KAM_HOST' ? { value: '0.0.0.0' } : {}),
    };
  }
  return {
    name: 'KAM service',
    description:
      'Key Account Management for HubSpot and Salesforce: keeps a transparent key-account score up to date when CRM records change, and serves the KAM cards.',
    keywords: ['key account management', 'hubspot', 'salesforce', 'kam'],
    buildpacks: [{ url: 'heroku/nodejs' }],
    formation: {
      web: { quantity: 1, size: 'basic' },
      worker: { quantity: 2, size: 'basic' },
    },
    addons: [
      { plan: 'heroku-postgresql', as: 'DATABASE' },
      { plan: 'heroku-redis', as: 'REDIS' },
    ],
    env,
  };
}
