import type { Condition, FieldType, OrderByClause, Query, WhereClause } from '@jetstreamapp/soql-parser-js';
import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { SF_PICKLISTS } from '../../../../src/crm/salesforce/metadata/names.js';
import { FIELD_LIMITS } from '../../../../src/crm/salesforce/mapping/field-limits.js';
import { idChecksum } from '../../../../src/crm/salesforce/mapping/ids.js';
import type { SfRecord, SfValue, SfWritePlan } from '../../../../src/crm/salesforce/mapping/wire.js';
import { resolveDraft, resolveRef } from '../../../../src/crm/salesforce/mapping/write-plan.js';
import { loadReal } from '../../../metadata/salesforce/helpers.js';

/**
 * A tiny in-memory org for the mapping's round trip: it takes a write plan the way a seeder would
 * (ids with checksums, refs resolved, links and users after creation), behaves like Salesforce where
 * the mapping depends on it (stage → IsClosed/IsWon, tasks → LastActivityDate, multi-select values in
 * picklist order, null for empty, text longer than the field rejected) and answers the snapshot SOQL
 * with exactly the fields the query selects (parsed, not trusted). Unknown fields fail like
 * Salesforce's "No such column".
 */

const PREFIX: Record<string, string> = {
  Account: '001',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  Task: '00T',
  KAM_Relationship__c: 'a01',
  KAM_Value_Chain_Note__c: 'a02',
  KAM_Potential__c: 'a03',
  KAM_Account_Plan__c: 'a04',
  KAM_Action__c: 'a05',
};

const STANDARD: Record<string, readonly string[]> = {
  Account: [
    'Name',
    'Industry',
    'BillingCountry',
    'BillingCity',
    'NumberOfEmployees',
    'AnnualRevenue',
    'OwnerId',
    'LastActivityDate',
  ],
  Contact: ['FirstName', 'LastName', 'Title', 'Department', 'Email', 'AccountId', 'ReportsToId'],
  Opportunity: ['Name', 'Amount', 'StageName', 'Probability', 'CloseDate', 'IsClosed', 'IsWon', 'AccountId'],
  Task: ['Subject', 'ActivityDate', 'Status', 'WhatId'],
  User: ['Name'],
};
const SYSTEM = ['Id', 'Name', 'CreatedDate', 'LastModifiedDate'];

interface Row {
  readonly object: string;
  readonly seq: number;
  readonly values: Record<string, SfValue>;
}

const METADATA = loadReal();
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export class FakeOrg {
  private readonly rows = new Map<string, Row>();
  private readonly idByKey = new Map<string, string>();
  private readonly userByName = new Map<string, string>();
  private seq = 0;
  private readonly metadata = METADATA;

  /** Salesforce's id of a draft's local key. */
  idOf = (key: string): string | undefined => this.idByKey.get(key);

  apply(plan: SfWritePlan): void {
    for (const draft of plan.records) {
      const id = this.insert(draft.object, { ...resolveDraft(draft, this.idOf) });
      this.idByKey.set(draft.key, id);
    }
    for (const link of plan.links)
      this.update(link.key, link.field, resolveRef(link.key, link.field, link.target, this.idOf));
    for (const u of plan.userLinks) {
      const userId = this.userByName.get(u.userName) ?? this.insert('User', { Name: u.userName });
      this.userByName.set(u.userName, userId);
      this.update(u.key, u.field, userId);
    }
  }

  /** Sets a value as an update call would (for tests that edit a record in "Salesforce"). */
  update(key: string, field: string, value: SfValue): void {
    const row = this.rows.get(this.idByKey.get(key) ?? key);
    if (!row) throw new Error(`no record ${key}`);
    this.check(row.object, field, value);
    row.values[field] = value;
  }

  query(soql: string): SfRecord[] {
    const q = parseQuery(soql) as Query;
    const ids = idsOf(q.where);
    return ids.flatMap((id) => {
      const row = this.rows.get(id);
      return row && row.object === q.sObject ? [this.shape(id, row, q.fields ?? [])] : [];
    });
  }

  private insert(object: string, values: Record<string, SfValue>): string {
    const seq = ++this.seq;
    let n = seq * 7919;
    let body = '';
    for (let i = 0; i < 9; i++, n = Math.floor(n / 62)) body = BASE62[n % 62] + body;
    const id15 = `${PREFIX[object] ?? 'a09'}000${body}`;
    const id = id15 + idChecksum(id15);
    for (const [field, value] of Object.entries(values)) this.check(object, field, value);
    this.rows.set(id, { object, seq, values });
    return id;
  }

  private check(object: string, field: string, value: SfValue): void {
    if (!this.known(object).has(field)) throw new Error(`${object}.${field}: no such field`);
    const limit = FIELD_LIMITS[object]?.[field];
    if (limit?.kind === 'text' && typeof value === 'string' && value.length > limit.length) {
      throw new Error(`STRING_TOO_LONG: ${object}.${field} holds ${limit.length}, got ${value.length}`);
    }
  }

  private known(object: string): Set<string> {
    const custom = [...(this.metadata.objects.get(object)?.fields.keys() ?? [])];
    return new Set([...SYSTEM, ...(STANDARD[object] ?? []), ...custom]);
  }

  /** A stored value as Salesforce returns it, including what it derives. */
  private value(id: string, row: Row, field: string): SfValue {
    if (field === 'Id') return id;
    if (!this.known(row.object).has(field))
      throw new Error(`No such column '${field}' on entity '${row.object}'`);
    if (field === 'CreatedDate' || field === 'LastModifiedDate') {
      return `2026-01-01T00:00:${String(row.seq % 60).padStart(2, '0')}.000+0000`;
    }
    if (row.object === 'Opportunity' && (field === 'IsClosed' || field === 'IsWon')) {
      const stage = row.values.StageName;
      return field === 'IsClosed'
        ? stage === 'Closed Won' || stage === 'Closed Lost'
        : stage === 'Closed Won';
    }
    if (row.object === 'Account' && field === 'LastActivityDate') return this.lastActivity(id);
    const value = row.values[field] ?? null;
    const picklist = SF_PICKLISTS.find((p) => p.object === row.object && p.field === field);
    if (picklist && typeof value === 'string' && value.includes(';')) {
      const chosen = value.split(';');
      return picklist.values.filter((v) => chosen.includes(v)).join(';');
    }
    return value;
  }

  private lastActivity(accountId: string): string | null {
    const dates = [...this.rows.values()]
      .filter((r) => r.object === 'Task' && r.values.WhatId === accountId && r.values.Status === 'Completed')
      .map((r) => String(r.values.ActivityDate));
    return dates.length === 0 ? null : dates.sort().at(-1)!;
  }

  private shape(id: string, row: Row, fields: readonly FieldType[]): SfRecord {
    const out: Record<string, unknown> = {
      attributes: { type: row.object, url: `/services/data/v62.0/sobjects/${row.object}/${id}` },
    };
    for (const f of fields) {
      if (f.type === 'Field') out[f.field] = this.value(id, row, f.field);
      else if (f.type === 'FieldRelationship') {
        const [rel] = f.relationships;
        const lookup = rel!.endsWith('__r') ? `${rel!.slice(0, -3)}__c` : `${rel}Id`;
        const parentId = this.value(id, row, lookup);
        const parent = typeof parentId === 'string' ? this.rows.get(parentId) : undefined;
        out[rel!] = parent
          ? {
              attributes: { type: parent.object },
              [f.field]: this.value(parentId as string, parent, f.field),
            }
          : null;
      } else if (f.type === 'FieldSubquery') out[f.subquery.relationshipName] = this.children(id, f.subquery);
      else throw new Error(`fake org: unsupported field ${JSON.stringify(f)}`);
    }
    return out as SfRecord;
  }

  private children(parentId: string, sub: Query & { relationshipName: string }): unknown {
    const [object, lookup] = this.childOf(sub.relationshipName);
    const rows = [...this.rows.entries()].filter(
      ([id, r]) =>
        r.object === object &&
        r.values[lookup] === parentId &&
        matches(sub.where, (f) => this.value(id, r, f)),
    );
    const order = ([] as OrderByClause[]).concat(sub.orderBy ?? []).map((o) => ('field' in o ? o.field : ''));
    rows.sort(([ia, a], [ib, b]) => {
      for (const f of order) {
        const va = f === 'CreatedDate' ? a.seq : this.value(ia, a, f);
        const vb = f === 'CreatedDate' ? b.seq : this.value(ib, b, f);
        if (va !== vb) return (va ?? '') < (vb ?? '') ? -1 : 1;
      }
      return 0;
    });
    if (rows.length === 0) return null;
    return {
      totalSize: rows.length,
      done: true,
      records: rows.map(([id, r]) => this.shape(id, r, sub.fields ?? [])),
    };
  }

  private childOf(relationship: string): [string, string] {
    if (relationship === 'Contacts') return ['Contact', 'AccountId'];
    if (relationship === 'Opportunities') return ['Opportunity', 'AccountId'];
    for (const [name, object] of this.metadata.objects) {
      const field = [...object.fields.values()].find(
        (f) => f.referenceTo === 'Account' && `${f.relationshipName}__r` === relationship,
      );
      if (field) return [name, field.name];
    }
    throw new Error(`Didn't understand relationship '${relationship}'`);
  }
}

function idsOf(where: WhereClause | undefined): string[] {
  const left = where?.left as Condition & { field?: string; operator?: string; value?: string | string[] };
  if (!left || left.field !== 'Id' || left.operator !== 'IN' || !Array.isArray(left.value)) {
    throw new Error('fake org: top-level WHERE must be Id IN (...)');
  }
  return left.value.map((v) => v.slice(1, -1).replace(/\\(.)/g, '$1'));
}

/** `a != null AND b != null`: the only filters the snapshot query uses. */
function matches(where: WhereClause | undefined, value: (field: string) => SfValue): boolean {
  if (!where) return true;
  const left = where.left as { field: string; operator: string; value: string };
  if (left.operator !== '!=' || left.value.toLowerCase() !== 'null')
    throw new Error('fake org: unsupported filter');
  const ok = value(left.field) !== null;
  if (!('right' in where)) return ok;
  if (where.operator !== 'AND') throw new Error('fake org: only AND');
  return ok && matches(where.right, value);
}
