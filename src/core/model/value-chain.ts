import { z } from 'zod';
import { optionalText, RecordId } from './common.js';

/** Porter's value chain: five primary and four support activities. */
export const PRIMARY_ACTIVITIES = [
  'inbound_logistics',
  'operations',
  'outbound_logistics',
  'marketing_sales',
  'service',
] as const;
export const SUPPORT_ACTIVITIES = [
  'firm_infrastructure',
  'human_resources',
  'technology_development',
  'procurement',
] as const;
export const PORTER_ACTIVITIES = [...PRIMARY_ACTIVITIES, ...SUPPORT_ACTIVITIES] as const;
export const PorterActivity = z.enum(PORTER_ACTIVITIES);
export type PorterActivity = z.infer<typeof PorterActivity>;

export const VALUE_CHAIN_ASSESSMENTS = ['strength', 'weakness', 'neutral'] as const;
export const ValueChainAssessment = z.enum(VALUE_CHAIN_ASSESSMENTS);
export type ValueChainAssessment = z.infer<typeof ValueChainAssessment>;

export const ValueChainNote = z.object({
  id: RecordId,
  activity: PorterActivity,
  assessment: ValueChainAssessment.default('neutral'),
  note: optionalText(),
  /** Where and how our offer helps in this activity. */
  ourContribution: optionalText(),
  /** 1 low, 2 medium, 3 high importance for the customer's business. */
  impact: z.number().int().min(1).max(3).default(2),
});
export type ValueChainNote = z.infer<typeof ValueChainNote>;
