import type { JobRequest } from '../../jobs/port.js';

/** A job request before the tenant is known: the route adds `tenantId` once it has found the tenant. */
export type IntakeRequest = Omit<JobRequest, 'tenantId'>;

/**
 * Collects requests, one per subject: several events about one account in a batch become one
 * request with the earliest time (the queue would coalesce them anyway; this saves it the writes).
 */
export class RequestCollector {
  private readonly bySubject = new Map<string, IntakeRequest>();

  add(subject: string, requestedAt: number): void {
    const seen = this.bySubject.get(subject);
    if (seen === undefined || requestedAt < seen.requestedAt)
      this.bySubject.set(subject, { subject, requestedAt });
  }

  /** In the order the subjects first appeared. */
  requests(): IntakeRequest[] {
    return [...this.bySubject.values()];
  }
}
