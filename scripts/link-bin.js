// Puts `kam` into node_modules/.bin so that `npx kam …` runs this checkout's CLI directly.
// (npm exec would otherwise copy the whole project into its cache to run a root package's bin.)
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/kam', { force: true });
symlinkSync('../../bin/kam.js', 'node_modules/.bin/kam');
chmodSync('bin/kam.js', 0o755);
