import type { z } from 'zod';

/** Why a request body was refused; `message` names the element or field at fault, never a value. */
export interface IntakeProblem<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

/** What a parser gives back: the value, or the problem to answer the sender with. */
export type Parsed<T, Code extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: IntakeProblem<Code> };

export const parsed = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const refused = <Code extends string>(
  code: Code,
  message: string,
): { readonly ok: false; readonly problem: IntakeProblem<Code> } => ({
  ok: false,
  problem: { code, message },
});

/** How one path step is written: `events[3]`, `Notification[2]` (XPath counts from 1), `.name`. */
export type PathStyle = 'js' | 'xpath';

function pathText(path: readonly PropertyKey[], style: PathStyle, root: string): string {
  let out = root;
  for (const step of path) {
    if (typeof step === 'number') out += style === 'xpath' ? `[${step + 1}]` : `[${step}]`;
    else out += `${out === '' ? '' : style === 'xpath' ? '/' : '.'}${String(step)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * The first few issues of a failed validation as one line: `events[3].portalId: Invalid input: …`.
 * Zod's messages name expected types and options, not the received values, so nothing the sender
 * sent (a session id, say) is echoed into logs.
 */
export function describeIssues(
  error: z.ZodError,
  options: { readonly root?: string; readonly style?: PathStyle; readonly max?: number } = {},
): string {
  const { root = '', style = 'js', max = 3 } = options;
  const shown = error.issues
    .slice(0, max)
    .map((issue) => `${pathText(issue.path, style, root)}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
