import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** Parses an admin request part; on a mismatch answers 400 (admin shape) and returns undefined. */
export function adminInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  reply: FastifyReply,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  void reply.code(400).send({
    status: 'error',
    message: `${issue.path.join('.') || 'body'}: ${issue.message}`,
    category: 'VALIDATION_ERROR',
  });
  return undefined;
}
