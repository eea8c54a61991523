/**
 * Redis keys of the coalescing layer beside BullMQ's own (`<prefix>:<queue>:…`). Per subject: the
 * pending requests not yet started, their callbacks, and the run lock (one run per subject at a
 * time); per job generation: the requests a started job took over.
 */
export class CoalesceKeys {
  private readonly base: string;

  constructor(prefix: string, queueName: string) {
    this.base = `${prefix}:${queueName}:kam`;
  }

  /** The counter that numbers job generations (a generation is one BullMQ job). */
  get generation(): string {
    return `${this.base}:generation`;
  }

  pending(tenantId: string, subject: string): string {
    return `${this.base}:pending:${subjectKey(tenantId, subject)}`;
  }

  pendingCallbacks(tenantId: string, subject: string): string {
    return `${this.base}:callbacks:${subjectKey(tenantId, subject)}`;
  }

  running(tenantId: string, subject: string): string {
    return `${this.base}:running:${subjectKey(tenantId, subject)}`;
  }

  claimed(generation: string): string {
    return `${this.base}:claimed:${generation}`;
  }
}

// Encoded so that no tenant id or subject can run into its neighbour.
const subjectKey = (tenantId: string, subject: string): string =>
  `${encodeURIComponent(tenantId)}:${encodeURIComponent(subject)}`;

/** BullMQ's id of the job of one generation (not a bare integer: BullMQ reserves those). */
export const jobIdOf = (generation: string): string => `g${generation}`;
