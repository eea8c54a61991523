/**
 * Bundles the browser code after `tsc` (part of `npm run build`):
 * - the workspace web app → `dist/workspace/public/` (index.html, app.js, app.css), served by the service;
 * - the d3 renderers as one IIFE (global `KamViz`, d3 inside) → `dist/viz/kam-viz.js`, copied as the
 *   Salesforce static resource `kamViz` into `extension/salesforce`.
 * Prints each file's size (raw and gzip).
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const at = (p: string) => `${root}${p}`;
const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
} as const;

mkdirSync(at('dist/workspace/public'), { recursive: true });
await build({
  ...common,
  entryPoints: { app: at('src/workspace/main.ts') },
  outdir: at('dist/workspace/public'),
  format: 'iife',
  sourcemap: 'linked',
});
await build({
  ...common,
  entryPoints: { app: at('src/workspace/styles.css') },
  outdir: at('dist/workspace/public'),
});
copyFileSync(at('src/workspace/index.html'), at('dist/workspace/public/index.html'));

await build({
  ...common,
  entryPoints: [at('src/viz/index.ts')],
  outfile: at('dist/viz/kam-viz.js'),
  format: 'iife',
  globalName: 'KamViz',
});

// the Salesforce static resource is this bundle, copied at every build (never committed)
copyFileSync(at('dist/viz/kam-viz.js'), at('extension/salesforce/main/default/staticresources/kamViz.js'));

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
for (const file of ['dist/workspace/public/app.js', 'dist/workspace/public/app.css', 'dist/viz/kam-viz.js']) {
  const size = statSync(at(file)).size;
  const gzip = gzipSync(readFileSync(at(file))).length;
  console.log(`${file.padEnd(32)} ${kib(size).padStart(10)}  (gzip ${kib(gzip)})`);
}
