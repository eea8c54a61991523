#!/usr/bin/env node
// The `kam` command. Runs the compiled CLI from dist/ (built by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('kam: not built yet — run `npm run build` (npm ci does it for you).');
  process.exit(1);
}
const { runCli } = await import(entry.href);
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progressStream: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
  env: process.env,
  now: () => new Date(),
});
