import { z } from 'zod';

/**
 * How a raw value becomes a normalised 0…1 before the direction is applied. `linear` for rates,
 * ratings and counts; `log` for money, where the step from 10,000 to 100,000 matters as much as
 * the one from 100,000 to 1,000,000. Values outside [min, max] are clamped.
 */
export const Scale = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('linear'), min: z.number().finite(), max: z.number().finite() }),
    z.object({ type: z.literal('log'), min: z.number().positive(), max: z.number().positive() }),
  ])
  .refine((s) => s.max > s.min, { message: 'max must be greater than min', path: ['max'] });
export type Scale = z.infer<typeof Scale>;

export function normalise(scale: Scale, raw: number): number {
  if (scale.type === 'linear') {
    return clamp01((raw - scale.min) / (scale.max - scale.min));
  }
  if (raw <= scale.min) return 0;
  return clamp01(Math.log(raw / scale.min) / Math.log(scale.max / scale.min));
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
