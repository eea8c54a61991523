import { z } from 'zod';
import { Money, Probability, RecordId } from './common.js';
import { HORIZONS } from './values.js';
export { HORIZONS } from './values.js';

export const Horizon = z.enum(HORIZONS);
export type Horizon = z.infer<typeof Horizon>;

/** Open potential: revenue per year we could add in a product line beyond what we sell today. */
export const Potential = z.object({
  id: RecordId,
  productLine: z.string().trim().min(1).max(120),
  horizon: Horizon,
  volumePerYear: Money,
  probability: Probability.default(0.5),
  note: z.string().trim().max(2000).optional(),
});
export type Potential = z.infer<typeof Potential>;
