import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { installErrorHandler } from '../../src/service/http/errors.js';
import { registerWorkspaceAssets } from '../../src/service/routes/workspace-assets.js';

describe('workspace assets', () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kam-assets-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><link rel="stylesheet" href="assets/app.css"><script src="assets/app.js"></script>',
    );
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'app.css'), 'body{}');
    writeFileSync(join(dir, 'notes.txt'), 'not served');
    app = Fastify();
    installErrorHandler(app, 'en', 1024);
    registerWorkspaceAssets(app, dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page with content-hashed asset URLs, not cached, frameable by the CRMs only', async () => {
    const page = await app.inject({ url: '/workspace/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toMatch(/assets\/app\.js\?v=[0-9a-f]{12}"/);
    expect(page.body).toMatch(/assets\/app\.css\?v=[0-9a-f]{12}"/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/app\.hubspot\.com .*\*\.lightning\.force\.com/);
  });

  it('serves assets with their type and a long cache life; nothing else', async () => {
    const js = await app.inject({ url: '/workspace/assets/app.js?v=abc' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/text\/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.body).toBe('console.log(1)');
    expect((await app.inject({ url: '/workspace/assets/notes.txt' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/workspace/assets/..%2Findex.html' })).statusCode).toBe(404);
  });

  it('redirects /workspace to /workspace/', async () => {
    const answer = await app.inject({ url: '/workspace' });
    expect(answer.statusCode).toBe(302);
    expect(answer.headers.location).toBe('/workspace/');
  });

  it('says how to build when the workspace was not built', async () => {
    const bare = Fastify();
    installErrorHandler(bare, 'de', 1024);
    registerWorkspaceAssets(bare, join(dir, 'missing'));
    const answer = await bare.inject({ url: '/workspace/', headers: { 'accept-language': 'de' } });
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toMatchObject({
      code: 'NOT_BUILT',
      message: expect.stringContaining('npm run build'),
    });
    await bare.close();
  });
});
