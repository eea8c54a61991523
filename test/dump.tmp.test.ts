import { it } from '@jest/globals';
import fs from 'node:fs';
import { musterMaschinenbau } from './core/fixtures.js';
it('dump', () => {
  fs.writeFileSync('/tmp/prof/snap.json', JSON.stringify(musterMaschinenbau()));
});
