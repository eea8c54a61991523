/**
 * Job subjects: what a job is about, as a string the queue coalesces on. An account is re-scored;
 * a record (a contact, a deal, a KAM record) is first traced to the accounts it belongs to.
 */
export type Subject =
  | { readonly kind: 'account'; readonly accountId: string }
  /** `type` is the CRM's own name of the record's object type (opaque to everything but its adapter). */
  | { readonly kind: 'record'; readonly type: string; readonly id: string };

export const accountSubject = (accountId: string): string => `account:${accountId}`;
export const recordSubject = (type: string, id: string): string => `record:${type}:${id}`;

/** The subject a string names, or undefined when it names none. */
export function parseSubject(subject: string): Subject | undefined {
  if (subject.startsWith('account:')) {
    const accountId = subject.slice('account:'.length);
    return accountId === '' ? undefined : { kind: 'account', accountId };
  }
  if (subject.startsWith('record:')) {
    const rest = subject.slice('record:'.length);
    const cut = rest.lastIndexOf(':');
    if (cut <= 0 || cut === rest.length - 1) return undefined;
    return { kind: 'record', type: rest.slice(0, cut), id: rest.slice(cut + 1) };
  }
  return undefined;
}
