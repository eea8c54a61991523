import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { EXAMPLES_NOW, exampleFiles, exampleText } from '../../../src/core/demo/index.js';
import { AccountSnapshot } from '../../../src/core/model/index.js';
import { lastThreeYears } from './invariants.js';

const dir = new URL('../../../examples/', import.meta.url);
const files = exampleFiles();
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe('examples/', () => {
  it('holds exactly the generated example files (regenerate with `npm run examples`)', () => {
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual(files.map((f) => f.fileName).sort());
    expect(onDisk).toContain('brenner-hydraulik.json');
  });

  it.each(files.map((f) => [f.fileName, f] as const))(
    '%s equals what the generator produces for the fixed date',
    (fileName, { snapshot }) => {
      const committed = read(fileName);
      expect(committed).toEqual(JSON.parse(exampleText(snapshot)));
      // What `kam score --file` reads back is the generated snapshot itself.
      expect(AccountSnapshot.parse(committed)).toEqual(snapshot);
    },
  );

  it('ships the classic case with its 25,000 EUR years', () => {
    const classic = AccountSnapshot.parse(read('brenner-hydraulik.json'));
    expect(classic.account.id).toBe('acc-classic');
    expect(lastThreeYears(classic, new Date(EXAMPLES_NOW))).toEqual([25_000, 25_000, 25_000]);
  });
});
