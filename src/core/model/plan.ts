import { z } from 'zod';
import { Hours, IsoDate, Money, optionalText, RecordId, Year } from './common.js';
import { ACTION_STATUSES, ACTION_KINDS } from './values.js';
export { ACTION_STATUSES, ACTION_KINDS } from './values.js';

export const PlanGoal = z.object({
  year: Year,
  targetRevenue: Money,
  note: optionalText(),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

/** The account plan: goals per year, the KAM owner and the hours the owner can give this account. */
export const AccountPlan = z
  .object({
    id: RecordId,
    ownerName: optionalText(120),
    /** Hours per year the owner can invest in this account (capacity). */
    capacityHoursPerYear: Hours.optional(),
    strategy: optionalText(4000),
    goals: z.array(PlanGoal).default([]),
  })
  .refine((p) => new Set(p.goals.map((g) => g.year)).size === p.goals.length, {
    message: 'one goal per year',
    path: ['goals'],
  });
export type AccountPlan = z.infer<typeof AccountPlan>;

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ActionKind = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKind>;

/** A Maßnahme on the plan's timeline. */
export const Action = z
  .object({
    id: RecordId,
    title: z.string().trim().min(1).max(255),
    /** The goal this action serves, in words. */
    goal: optionalText(500),
    ownerName: optionalText(120),
    start: IsoDate,
    due: IsoDate,
    status: ActionStatus.default('planned'),
    kind: ActionKind.default('other'),
    effortHours: Hours.optional(),
    completedOn: IsoDate.optional(),
  })
  .refine((a) => a.due >= a.start, { message: 'due date before start date', path: ['due'] });
export type Action = z.infer<typeof Action>;
