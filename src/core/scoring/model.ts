import { z } from 'zod';
import { MetricId } from './metric-ids.js';
import { Scale } from './scale.js';
import { AXES, QUADRANTS } from './values.js';
import type { TIERS } from './values.js';
export { AXES, QUADRANTS, TIERS } from './values.js';

export const Axis = z.enum(AXES);
export type Axis = z.infer<typeof Axis>;

export type Tier = (typeof TIERS)[number];

export const QuadrantId = z.enum(QUADRANTS);
export type QuadrantId = z.infer<typeof QuadrantId>;

export const Text = z.object({ de: z.string().trim().min(1), en: z.string().trim().min(1) });

export const Criterion = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case'),
  axis: Axis,
  metric: MetricId,
  /** Relative weight within its axis (any positive numbers; they are normalised per axis). */
  weight: z.number().positive(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  scale: Scale,
  /** Overrides the metric's own label. */
  label: Text.optional(),
});
export type Criterion = z.infer<typeof Criterion>;

const Quadrant = z.object({ label: Text, strategy: Text });

export const MIN_CRITERIA_PER_AXIS = 3;
export const MAX_CRITERIA_PER_AXIS = 7;

/** A scoring model is data: a tenant can adopt the default or bring its own JSON. */
export const ScoringModel = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-kebab-case'),
    version: z.string().min(1),
    name: Text,
    description: Text.optional(),
    /** How much each axis counts in the 0–100 score. */
    axisWeights: z.object({ attractiveness: z.number().min(0), position: z.number().min(0) }),
    criteria: z.array(Criterion),
    /** Minimum score for tier A and for tier B; below B is C. */
    tiers: z.object({ A: z.number().min(0).max(100), B: z.number().min(0).max(100) }),
    /** Axis values (0–100) at or above which an axis counts as high. */
    quadrantSplit: z.object({
      attractiveness: z.number().min(0).max(100),
      position: z.number().min(0).max(100),
    }),
    quadrants: z.object({ invest: Quadrant, develop: Quadrant, maintain: Quadrant, reduce: Quadrant }),
    /** How many reasons the result lists. */
    maxReasons: z.number().int().min(1).max(10).default(4),
  })
  .superRefine((m, ctx) => {
    if (m.axisWeights.attractiveness + m.axisWeights.position <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['axisWeights'],
        message: 'at least one axis needs a weight above 0',
      });
    }
    if (m.tiers.A <= m.tiers.B) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', 'A'],
        message: 'tier A threshold must be above tier B',
      });
    }
    const seen = new Set<string>();
    m.criteria.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'id'],
          message: `duplicate criterion "${c.id}"`,
        });
      seen.add(c.id);
    });
    for (const axis of AXES) {
      const n = m.criteria.filter((c) => c.axis === axis).length;
      if (n < MIN_CRITERIA_PER_AXIS || n > MAX_CRITERIA_PER_AXIS) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria'],
          message: `${axis} has ${n} criteria; a model needs ${MIN_CRITERIA_PER_AXIS} to ${MAX_CRITERIA_PER_AXIS} per axis`,
        });
      }
    }
  });
export type ScoringModel = z.infer<typeof ScoringModel>;
export type ScoringModelInput = z.input<typeof ScoringModel>;
