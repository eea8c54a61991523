import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/errors.js';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** CRM pages that may frame the workspace (HubSpot's modal, Salesforce Lightning). */
const FRAME_ANCESTORS =
  "'self' https://app.hubspot.com https://app-eu1.hubspot.com https://*.hubspot.com https://*.lightning.force.com https://*.my.salesforce.com";

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  `frame-ancestors ${FRAME_ANCESTORS}`,
].join('; ');

/** The built workspace (`npm run build` bundles it into `dist/workspace/public`). */
export function workspaceAssetDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(dir, 'dist', 'workspace', 'public');
}

interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

function loadAssets(dir: string): { index?: string; assets: Map<string, Asset> } {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return { assets };
  for (const name of readdirSync(dir)) {
    const ext = name.slice(name.lastIndexOf('.'));
    const type = TYPES[ext];
    if (type) assets.set(name, { body: readFileSync(join(dir, name)), type });
  }
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) return { assets };
  // every asset URL carries its content hash: the browser caches it for good, a new build is new
  let index = readFileSync(indexPath, 'utf8');
  for (const [name, asset] of assets) {
    const hash = createHash('sha256').update(asset.body).digest('hex').slice(0, 12);
    index = index.replaceAll(`assets/${name}"`, `assets/${name}?v=${hash}"`);
  }
  return { index, assets };
}

/** Serves the workspace web app under `/workspace/`; the API it calls is the card and workspace API. */
export function registerWorkspaceAssets(app: FastifyInstance, dir = workspaceAssetDir()): void {
  const { index, assets } = loadAssets(dir);
  const notBuilt = () =>
    new HttpError(503, 'service.error.notConfigured', { what: 'workspace (npm run build)' }, 'NOT_BUILT');

  app.get('/workspace', async (_request, reply) => reply.redirect('/workspace/'));
  app.get('/workspace/', async (_request, reply) => {
    if (index === undefined) throw notBuilt();
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CSP)
      .header('referrer-policy', 'no-referrer')
      .header('x-content-type-options', 'nosniff')
      .type('text/html; charset=utf-8')
      .send(index);
  });
  app.get('/workspace/assets/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const asset = assets.get(name);
    if (!asset) {
      if (index === undefined) throw notBuilt();
      throw new HttpError(404, 'service.error.notFound', { what: `workspace/assets/${name}` }, 'NOT_FOUND');
    }
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .type(asset.type)
      .send(asset.body);
  });
}
