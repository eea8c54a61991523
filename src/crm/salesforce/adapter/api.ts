import type { Connection } from 'jsforce';
import { z } from 'zod';
import type { OrgLimits } from './limits.js';

/** Marks every call of the service, so flows and change events can tell its own writes apart. */
export const CALL_OPTIONS_HEADER = 'Sforce-Call-Options';
export const SERVICE_CLIENT = 'kam-service';

/** A page of a SOQL result as the REST API returns it (`query`, `nextRecordsUrl`). */
export const QueryPage = z.object({
  totalSize: z.number(),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  records: z.array(z.record(z.string(), z.unknown())),
});
export type QueryPage = z.infer<typeof QueryPage>;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * The REST calls the adapter makes, through a jsforce `Connection`. Every call goes through the org's
 * {@link OrgLimits} (counted, retried by its policy) with jsforce's own retries switched off for that
 * call (they are transport-wide and would hide failures from the per-org policy). Every call carries
 * `Sforce-Call-Options: client=kam-service`.
 */
export class SalesforceApi {
  constructor(
    readonly conn: Connection,
    readonly limits: OrgLimits,
    readonly version: string,
  ) {}

  /** `/services/data/vXX.X/<path>` */
  path(rest: string): string {
    return `/services/data/v${this.version}/${rest}`;
  }

  async request(method: Method, url: string, body?: unknown): Promise<unknown> {
    return this.limits.run(async () => {
      try {
        return await this.conn.request(
          {
            method,
            url,
            headers: {
              [CALL_OPTIONS_HEADER]: `client=${SERVICE_CLIENT}`,
              ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          },
          { retry: { maxRetries: 0 } },
        );
      } finally {
        const info = this.conn.limitInfo?.apiUsage;
        if (info) this.limits.noteUsage(info.used, info.limit);
      }
    });
  }

  /** One page of a query: the first (`soql`) or a following one (`nextRecordsUrl`). */
  async queryPage(soqlOrNext: { soql: string } | { next: string }): Promise<QueryPage> {
    const url =
      'soql' in soqlOrNext ? this.path(`query?q=${encodeURIComponent(soqlOrNext.soql)}`) : soqlOrNext.next;
    return QueryPage.parse(await this.request('GET', url));
  }

  /** Every record of a query, one page (up to 2,000 records) per call. */
  async *queryPages(soql: string): AsyncGenerator<QueryPage['records']> {
    let page = await this.queryPage({ soql });
    yield page.records;
    while (!page.done && page.nextRecordsUrl) {
      page = await this.queryPage({ next: page.nextRecordsUrl });
      yield page.records;
    }
  }

  async queryAll(soql: string): Promise<QueryPage['records']> {
    const all: QueryPage['records'] = [];
    for await (const records of this.queryPages(soql)) all.push(...records);
    return all;
  }
}
