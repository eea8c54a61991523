/**
 * Writes the demo accounts of `examples/` from the generator (src/core/demo/examples.ts).
 * `npm run examples` builds first: Node 24 runs this TypeScript file as it is, but the sources
 * import each other as `.js`, which only the build output in `dist/` provides.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { exampleFiles, exampleText } from '../dist/core/demo/index.js';

const dir = new URL('../examples/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const { fileName, snapshot } of exampleFiles()) {
  await writeFile(new URL(fileName, dir), exampleText(snapshot));
  console.log(`examples/${fileName}`);
}
