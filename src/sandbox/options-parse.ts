import { SandboxOptions } from './options.js';
import type { ResolvedSandboxOptions } from './options.js';

/** Validates sandbox options; throws one line naming the first bad option. */
export function parseSandboxOptions(input: unknown): ResolvedSandboxOptions {
  const parsed = SandboxOptions.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.length > 0 ? issue.path.join('.') : '(options)';
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
  throw new Error(`invalid sandbox option ${path}: ${issue.message}${more}`);
}
