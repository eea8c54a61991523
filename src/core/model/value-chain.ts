import { z } from 'zod';
import { optionalText, RecordId } from './common.js';
import { PORTER_ACTIVITIES, VALUE_CHAIN_ASSESSMENTS } from './values.js';
export {
  PRIMARY_ACTIVITIES,
  SUPPORT_ACTIVITIES,
  PORTER_ACTIVITIES,
  VALUE_CHAIN_ASSESSMENTS,
} from './values.js';

export const PorterActivity = z.enum(PORTER_ACTIVITIES);
export type PorterActivity = z.infer<typeof PorterActivity>;

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
