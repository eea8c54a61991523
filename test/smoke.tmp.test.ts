import { it } from '@jest/globals';
import { score, DEFAULT_MODEL } from '../src/core/scoring/index.js';
import { musterMaschinenbau, NOW } from './core/fixtures.js';
it('smoke', () => {
  const s = musterMaschinenbau();
  const r = score(s, DEFAULT_MODEL, NOW);
  console.log(
    JSON.stringify(
      {
        ...r,
        components: r.components.map((c) => [
          c.criterionId,
          c.raw,
          c.normalised?.toFixed(2),
          c.contribution.toFixed(1),
        ]),
      },
      null,
      1,
    ),
  );
  let t = performance.now();
  for (let i = 0; i < 20000; i++) score(s, DEFAULT_MODEL, NOW);
  console.log('per/s', 20000 / ((performance.now() - t) / 1000));
});
