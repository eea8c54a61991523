/**
 * `kam serve` and `kam worker` as child processes (the built CLI from `dist/`, on the Node that runs
 * jest), with their JSON log lines collected, for the suites that crash, stop and restart them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(root, 'bin', 'kam.js');
const BUILT = join(root, 'dist', 'cli', 'main.js');

/** Fails with a clear message when the CLI is not built (CI runs `npm run build` before jest). */
export function requireBuiltCli(): void {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` before these tests`);
}

/** One pino line of a child's stdout. */
export interface LogLine {
  readonly msg?: string;
  readonly time: number;
  readonly level: number;
  readonly [field: string]: unknown;
}

export interface KamProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Every JSON log line so far. */
  readonly logs: LogLine[];
  /** Resolves when the process has exited: its code, or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` and waits for the exit (at once when it has exited already). */
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<KamProcess>();

/**
 * Starts `kam <args>` with exactly `env` (plus PATH and HOME; logs at `info` or lower, or its start is
 * not seen) and resolves once it logged that it started; rejects with its stderr when it exits first.
 */
export async function startKam(
  name: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<KamProcess> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', KAM_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let stderr = '';
  let partial = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const process_: KamProcess = {
    name,
    child,
    logs,
    exited,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const result = await exited;
      running.delete(process_);
      return result;
    },
  };
  running.add(process_);
  const started = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim().startsWith('{')) continue;
        const parsed = JSON.parse(line) as LogLine;
        logs.push(parsed);
        if (parsed.msg === 'started') resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    void exited.then(({ code, signal }) =>
      reject(
        new Error(`kam ${args.join(' ')} (${name}) exited (${code ?? signal}) before it started: ${stderr}`),
      ),
    );
  });
  await started;
  return process_;
}

/** Kills every child still running (SIGKILL): for afterAll, so a failed test leaves no process behind. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop('SIGKILL')));
}

/** The runs a process logged as done (`KAM_LOG_LEVEL=debug`): subject, attempt, start and end. */
export function jobRuns(
  p: KamProcess,
): { subject: string; attempt: number; startedAt: number; endedAt: number }[] {
  return p.logs
    .filter((l) => l.msg === 'job done')
    .map((l) => ({
      subject: String(l['subject']),
      attempt: Number(l['attempt']),
      startedAt: Number(l['startedAt']),
      endedAt: l.time,
    }));
}
