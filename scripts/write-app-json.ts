/** Writes `app.json` (the deploy manifest) from the service's variables: `npm run app-json`. */
import { writeFile } from 'node:fs/promises';
import { deployManifest } from '../dist/service/deploy-manifest.js';

await writeFile(new URL('../app.json', import.meta.url), `${JSON.stringify(deployManifest(), null, 2)}\n`);
console.log('app.json');
