import { describe, expect, it } from '@jest/globals';
import { Client } from '@hubspot/api-client';
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/io.js';
import { InputError } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { registerSandbox, resolveSandboxPort } from '../../src/cli/commands/sandbox.js';
import { createSandbox } from '../../src/sandbox/index.js';

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async () => '',
    env,
    now: () => new Date(),
  };
  return { io: value, out, err };
}

describe('kam sandbox', () => {
  it('takes the port from --port, else KAM_SANDBOX_PORT, else 4010', () => {
    expect(resolveSandboxPort('5000', { KAM_SANDBOX_PORT: '6000' })).toBe(5000);
    expect(resolveSandboxPort(undefined, { KAM_SANDBOX_PORT: '6000' })).toBe(6000);
    expect(resolveSandboxPort(undefined, {})).toBe(4010);
    expect(() => resolveSandboxPort('x', {})).toThrow(InputError);
  });

  it('stops start-up with one line naming a bad KAM_SANDBOX_PORT', async () => {
    const t = io({ KAM_SANDBOX_PORT: 'vierzig' });
    const code = await runCli(['sandbox'], t.io);
    expect(code).toBe(2);
    expect(t.err).toEqual(['kam: KAM_SANDBOX_PORT must be a port number (0-65535), got "vierzig"']);
  });

  it('starts, prints the URL and tokens, serves the SDK, and stops cleanly', async () => {
    const t = io();
    let url = '';
    let release!: () => void;
    const stopped = new Promise<void>((resolve) => (release = resolve));
    const program = new Command('kam').exitOverride();
    let exit = -1;
    registerSandbox(program, t.io, (c) => (exit = c), {
      create: async (options) => {
        const sandbox = await createSandbox({
          ...options,
          hubspot: { privateAppTokens: ['pat-na1-cli-test-token-01'] },
        });
        const start = sandbox.start.bind(sandbox);
        return Object.assign(sandbox, {
          start: async () => (url = await start()),
        });
      },
      waitForStop: async () => {
        const hs = new Client({
          accessToken: 'pat-na1-cli-test-token-01',
          basePath: url,
          numberOfApiCallRetries: 0,
        });
        expect((await hs.crm.companies.basicApi.getPage()).results).toEqual([]);
        release();
      },
    });
    await program.parseAsync(['sandbox', '--port', '0'], { from: 'user' });
    await stopped;
    expect(exit).toBe(0);
    expect(t.out[0]).toMatch(/^KAM sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(db: :memory:\)$/);
    expect(t.out.join('\n')).toContain('hubspot private-app-token: pat-na1-cli-test-token-01');
    expect(t.out.at(-1)).toBe('KAM sandbox stopped');
  });

  it('--seed demo starts with the demo portfolio on both sides and lists what it seeded', async () => {
    const t = io();
    let url = '';
    const program = new Command('kam').exitOverride();
    let exit = -1;
    registerSandbox(program, t.io, (c) => (exit = c), {
      create: async (options) => {
        const sandbox = await createSandbox({
          ...options,
          hubspot: { privateAppTokens: ['pat-na1-cli-test-token-02'] },
        });
        const start = sandbox.start.bind(sandbox);
        return Object.assign(sandbox, { start: async () => (url = await start()) });
      },
      waitForStop: async () => {
        const hs = new Client({
          accessToken: 'pat-na1-cli-test-token-02',
          basePath: url,
          numberOfApiCallRetries: 0,
        });
        const page = await hs.crm.companies.basicApi.getPage(100, undefined, ['name', 'kam_stage']);
        expect(page.results).toHaveLength(36);
      },
    });
    await program.parseAsync(['sandbox', '--port', '0', '--seed', 'demo'], { from: 'user' });
    expect(exit).toBe(0);
    const text = t.out.join('\n');
    expect(text).toMatch(
      /^ {2}seeded hubspot with the demo portfolio: .*36 companies, \d+ contacts, \d+ deals.*\(\d+ ms\)$/m,
    );
    expect(text).toMatch(
      /^ {2}seeded salesforce with the demo portfolio: .*36 Account, .*\d+ Contact, .*\(\d+ ms\)$/m,
    );
    expect(text).toContain('hubspot private-app-token: pat-na1-cli-test-token-02');
    expect(text).toMatch(/salesforce access_token: \S+/);
  });

  it('refuses an unknown --seed portfolio with one line', async () => {
    const t = io();
    const code = await runCli(['sandbox', '--port', '0', '--seed', 'big'], t.io);
    expect(code).toBe(2);
    expect(t.err).toEqual(['kam: --seed must be one of demo, got "big"']);
  });
});
