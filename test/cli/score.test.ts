import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { musterMaschinenbau, NOW } from '../core/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kam-cli-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const snapshotFile = write('muster.json', musterMaschinenbau());

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async (p) => (await import('node:fs/promises')).readFile(p, 'utf8'),
    env,
    now: () => NOW,
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kam score', () => {
  it('explains the score in German', async () => {
    const r = await run(['score', '--file', snapshotFile, '--lang', 'de']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(
      /^Muster Maschinenbau GmbH — Key-Account-Score \d+,\d \/ 100 · Klasse A · Ausbauen$/,
    );
    expect(r.out).toContain('Gründe');
    expect(r.out).toContain('+ Hoher Lieferanteil: 64\u00a0%');
    expect(r.out).toContain('Umsatz im Vorjahr');
    expect(r.out).toContain('215.000\u00a0€');
  });

  it('takes the language from the locale when no flag is given', async () => {
    const r = await run(['score', '--file', snapshotFile], { LANG: 'en_GB.UTF-8' });
    expect(r.out.split('\n')[0]).toMatch(/Key-account score .* · Tier A · Invest$/);
    const de = await run(['score', '--file', snapshotFile], { LANG: 'de_AT.UTF-8' });
    expect(de.out.split('\n')[0]).toContain('Klasse A');
  });

  it('prints the full result as JSON', async () => {
    const r = await run(['score', '--file', snapshotFile, '--json']);
    const parsed = JSON.parse(r.out) as { accountId: string; tier: string; components: unknown[] };
    expect(parsed.accountId).toBe('0015g00000QxYzAAAV');
    expect(parsed.tier).toBe('A');
    expect(parsed.components).toHaveLength(11);
  });

  it('names the field at fault in one line and exits with 2', async () => {
    const bad = musterMaschinenbau() as unknown as { contacts: { attitude: number }[] };
    bad.contacts[2]!.attitude = 7;
    const r = await run(['score', '--file', write('bad.json', bad), '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^kam: .*bad\.json: Feld contacts\[2\]\.attitude: /);
  });

  it('reports a relationship to an unknown contact by its path', async () => {
    const s = musterMaschinenbau();
    const bad = { ...s, relationships: [{ id: 'r9', fromId: 'c-gf', toId: 'c-nobody', kind: 'trusts' }] };
    const r = await run(['score', '--file', write('bad-rel.json', bad), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('field relationships[0].toId: unknown contact "c-nobody"');
  });

  it('counts further problems without listing them', async () => {
    const r = await run([
      'score',
      '--file',
      write('empty-account.json', { account: { id: '', name: '' } }),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/field account\.id: .* \(further problems: 1\)$/);
  });

  it('says so when the file is missing or not JSON', async () => {
    const missing = await run(['score', '--file', join(dir, 'nope.json'), '--lang', 'de']);
    expect(missing).toMatchObject({ code: 2, err: `kam: Datei nicht gefunden: ${join(dir, 'nope.json')}` });
    const broken = await run(['score', '--file', write('broken.json', '{"account": '), '--lang', 'en']);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^kam: .*broken\.json is not valid JSON: /);
  });

  it('rejects an unknown language and a bad KAM_LANG', async () => {
    const flag = await run(['score', '--file', snapshotFile, '--lang', 'fr']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("argument 'fr' is invalid. Allowed choices are de, en.");
    const env = await run(['score', '--file', snapshotFile], { KAM_LANG: 'fr' });
    expect(env).toMatchObject({ code: 2, err: 'kam: KAM_LANG must be one of de, en, got "fr"' });
  });

  it('scores with a model from a file and warns about thin weights', async () => {
    const model = JSON.parse((await run(['model', 'show'])).out) as {
      criteria: { id: string; weight: number }[];
    };
    model.criteria = model.criteria.map((c) => (c.id === 'freshness' ? { ...c, weight: 2 } : c));
    const r = await run([
      'score',
      '--file',
      snapshotFile,
      '--model',
      write('model.json', model),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Criterion "freshness" has only 2%');
  });
});

describe('kam model check', () => {
  it('rejects a model with too few criteria', async () => {
    const model = JSON.parse((await run(['model', 'show'])).out) as { criteria: { axis: string }[] };
    model.criteria = model.criteria.filter((c, i) => c.axis === 'position' || i < 2);
    const r = await run(['model', 'check', '--file', write('thin.json', model), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('attractiveness has 2 criteria; a model needs 3 to 7 per axis');
  });

  it('accepts the default model', async () => {
    const r = await run([
      'model',
      'check',
      '--file',
      write('default.json', (await run(['model', 'show'])).out),
      '--lang',
      'de',
    ]);
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringContaining('gültiges Modell mit 11 Kriterien, 0 Warnungen'),
    });
  });
});

describe('the kam executable', () => {
  it('runs the built CLI on Node 24 and exits with 2 on bad input', async () => {
    const bin = join(process.cwd(), 'bin', 'kam.js');
    const ok = await promisify(execFile)(process.execPath, [bin, 'score', '-f', snapshotFile, '-l', 'en']);
    expect(ok.stdout).toContain('Muster Maschinenbau GmbH — Key-account score');
    await expect(
      promisify(execFile)(process.execPath, [bin, 'score', '-f', join(dir, 'nope.json')]),
    ).rejects.toMatchObject({
      code: 2,
    });
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
