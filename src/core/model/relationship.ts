import { z } from 'zod';
import { optionalText, RecordId } from './common.js';
import { RELATIONSHIP_KINDS } from './values.js';
export { RELATIONSHIP_KINDS } from './values.js';

export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

/** A directed tie between two of the customer's people: `from` influences / trusts / … `to`. */
export const Relationship = z
  .object({
    id: RecordId,
    fromId: RecordId,
    toId: RecordId,
    kind: RelationshipKind,
    /** 1 weak, 2 medium, 3 strong. */
    strength: z.number().int().min(1).max(3).default(2),
    note: optionalText(),
  })
  .refine((r) => r.fromId !== r.toId, {
    message: 'a relationship needs two different people',
    path: ['toId'],
  });
export type Relationship = z.infer<typeof Relationship>;
