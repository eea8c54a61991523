import { describe, expect, it } from '@jest/globals';
import type { FieldType, Query } from '@jetstreamapp/soql-parser-js';
import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import {
  accountSnapshotFromRecord,
  accountSnapshotQuery,
  idChecksum,
  isKeyAccountRecord,
  isSalesforceId,
  scoreOutputsFromRecord,
  snapshotToCrmPlan,
  soqlString,
} from '../../../../src/crm/salesforce/mapping/index.js';
import type { SfRecord } from '../../../../src/crm/salesforce/mapping/index.js';
import { FakeOrg } from './fake-org.js';
import { mappingError } from './records.js';

const id = (n: number): string => {
  const id15 = `001000000${String(n).padStart(6, '0')}`;
  return id15 + idChecksum(id15);
};

describe('accountSnapshotQuery', () => {
  it('makes one query per 200 ids, without duplicates', () => {
    const ids = Array.from({ length: 450 }, (_, i) => id(i));
    const queries = accountSnapshotQuery([...ids, ids[0]!, ids[449]!]);
    expect(queries).toHaveLength(3);
    const counts = queries.map((q) => (parseQuery(q).where!.left as { value: string[] }).value.length);
    expect(counts).toEqual([200, 200, 50]);
    expect(accountSnapshotQuery([])).toEqual([]);
    // Salesforce refuses SOQL over 100,000 characters.
    expect(Math.max(...queries.map((q) => q.length))).toBeLessThan(100_000);
  });

  it('is SOQL a parser accepts, with the account, seven child lists and their filters', () => {
    const q = parseQuery(accountSnapshotQuery([id(1)])[0]!) as Query;
    expect(q.sObject).toBe('Account');
    const subs = (q.fields ?? []).flatMap((f) => (f.type === 'FieldSubquery' ? [f.subquery] : []));
    expect(subs.map((s) => s.relationshipName)).toEqual([
      'Contacts',
      'Opportunities',
      'KAM_Relationships__r',
      'KAM_Value_Chain_Notes__r',
      'KAM_Potentials__r',
      'KAM_Account_Plans__r',
      'KAM_Actions__r',
    ]);
    expect(accountSnapshotQuery([id(1)])[0]).toContain('FROM Opportunities WHERE Amount != null');
    expect(accountSnapshotQuery([id(1)])[0]).toContain(
      'FROM KAM_Relationships__r WHERE From_Contact__c != null AND To_Contact__c != null',
    );
    expect(accountSnapshotQuery([id(1)])[0]).toMatch(/WHERE Id IN \('001000000000001[A-Z0-5]{3}'\)$/);
  });

  it('refuses anything that is not a Salesforce id, so nothing can be smuggled into the query', () => {
    const evil = "001000000000001' OR Name != '";
    const error = mappingError(() => accountSnapshotQuery([id(1), evil, 'acc-001']));
    expect(error.code).toBe('invalid_id');
    expect(error.message).toBe(
      `account: Id: ${JSON.stringify(evil)} is not a Salesforce id\naccount: Id: "acc-001" is not a Salesforce id`,
    );
  });

  it('accepts 15-character ids and 18-character ids with a matching checksum only', () => {
    expect(isSalesforceId('001000000000001')).toBe(true);
    expect(isSalesforceId(id(1))).toBe(true);
    expect(isSalesforceId(id(1).toLowerCase())).toBe(true); // the suffix is case-insensitive
    expect(isSalesforceId('001000000000001ZZZ')).toBe(false);
    expect(isSalesforceId('001000000000001AA')).toBe(false);
    // One character per five: bit i set when character i is upper-case, read in A–Z0–5.
    // '001Aa' → bit 3 → 8 → I; '00000' → 0 → A; '3aBcD' → bits 2 and 4 → 20 → U.
    expect(idChecksum('001Aa000003aBcD')).toBe('IAU');
  });

  it('quotes strings the SOQL way', () => {
    expect(soqlString("O'Brien \\ Co\n")).toBe("'O\\'Brien \\\\ Co\\n'");
  });
});

/** A record whose every read is noted as `Field`, `Owner.Name` or `Contacts/Field`. */
function recording(record: SfRecord, reads: Set<string>, prefix = ''): SfRecord {
  return new Proxy(record, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || prop === 'attributes') return value;
      reads.add(prefix + prop);
      if (value && typeof value === 'object' && 'records' in value) {
        const list = value as { records: SfRecord[] };
        return { ...list, records: list.records.map((c) => recording(c, reads, `${prefix}${prop}/`)) };
      }
      if (value && typeof value === 'object') return recording(value as SfRecord, reads, `${prefix}${prop}.`);
      return value;
    },
  });
}

function selected(fields: readonly FieldType[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    if (f.type === 'Field') return [prefix + f.field];
    if (f.type === 'FieldRelationship') return [prefix + f.relationships[0]!, `${prefix}${f.rawValue}`];
    if (f.type === 'FieldSubquery') {
      const rel = f.subquery.relationshipName;
      return [prefix + rel, ...selected(f.subquery.fields ?? [], `${rel}/`)];
    }
    return [];
  });
}

describe('the query selects exactly what the mapping reads', () => {
  it('holds for a demo account with every child list filled', () => {
    const snapshot = generatePortfolio({ now: new Date('2026-11-27T09:00:00Z') }).find(
      (s) => s.account.id === 'acc-001',
    )!;
    const org = new FakeOrg();
    org.apply(snapshotToCrmPlan(snapshot));
    const soql = accountSnapshotQuery([org.idOf('Account/acc-001')!])[0]!;
    const [record] = org.query(soql);
    const reads = new Set<string>();
    accountSnapshotFromRecord(recording(record!, reads));
    scoreOutputsFromRecord(recording(record!, reads));
    expect(isKeyAccountRecord(recording(record!, reads))).toBe(true);
    expect([...reads].sort()).toEqual([...new Set(selected(parseQuery(soql).fields ?? []))].sort());
  });
});
