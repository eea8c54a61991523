// What the service benchmark feeds the service: a seeded portfolio that HubSpot accepts (contact
// e-mails unique) and webhook events as HubSpot sends them for changes a key account manager makes —
// ratings of the company, role, influence and attitude of its contacts, amount and stage of its deals.
import { generatePortfolio, generateSnapshots } from '../dist/core/demo/index.js';

/** The demo portfolio (36 accounts) followed by generated accounts up to `total`. */
export function benchPortfolio(total, now) {
  const demo = generatePortfolio({ now });
  return uniqueEmails([...demo, ...generateSnapshots(Math.max(0, total - demo.length), { now })]);
}

/** HubSpot rejects a second contact with an e-mail it holds: later duplicates get a counter. */
function uniqueEmails(snapshots) {
  const taken = new Set();
  const unique = (email) => {
    const at = email.lastIndexOf('@');
    let candidate = email;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
      candidate = `${email.slice(0, at)}.${n}${email.slice(at)}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  return snapshots.map((s) => ({
    ...s,
    contacts: s.contacts.map((c) => (c.email === undefined ? c : { ...c, email: unique(c.email) })),
  }));
}

/**
 * Per seeded account, the HubSpot ids of its company, contacts and deals (from the side's seed
 * result, whose keys are `<account>/company`, `<account>/contact/<id>`, `<account>/deal/<id>`).
 */
export function hubSpotTargets(seeded) {
  const byAccount = new Map();
  for (const [key, id] of seeded.ids) {
    const [account, kind] = key.split('/');
    let t = byAccount.get(account);
    if (!t) byAccount.set(account, (t = { account, companyId: '', contactIds: [], dealIds: [] }));
    if (kind === 'company') t.companyId = id;
    else if (kind === 'contact') t.contactIds.push(id);
    else if (kind === 'deal') t.dealIds.push(id);
  }
  return [...byAccount.values()].filter((t) => t.companyId !== '');
}

/** A small seeded PRNG (mulberry32), so every run sends the same mix. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle(list) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    },
  };
}

const RATINGS = [
  'kam_rating_strategic_fit',
  'kam_rating_reference_value',
  'kam_rating_innovation',
  'kam_rating_centralised_purchasing',
  'kam_rating_creditworthiness',
];
const STAGES = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'contractsent',
  'closedwon',
];

/** Subscription ids as a portal's subscriptions number them, one per (event type, property). */
const subscriptionIds = new Map();
const subscriptionOf = (type, property) => {
  const key = `${type}|${property}`;
  if (!subscriptionIds.has(key)) subscriptionIds.set(key, 4_100_000 + subscriptionIds.size);
  return subscriptionIds.get(key);
};

/** One property change a key account manager could make to something of account `t`: half of them
 * to the company, three in ten to a contact, two in ten to a deal (where it has contacts and deals). */
function change(t, r) {
  const roll = r.next();
  const kind = roll < 0.5 ? 'company' : roll < 0.8 ? 'contact' : 'deal';
  if (kind === 'contact' && t.contactIds.length > 0) {
    const contact = r.pick(t.contactIds);
    return r.next() < 0.5
      ? ['contact.propertyChange', contact, 'kam_attitude', String(r.int(5) - 2)]
      : ['contact.propertyChange', contact, 'kam_influence', String(1 + r.int(5))];
  }
  if (kind === 'deal' && t.dealIds.length > 0) {
    const deal = r.pick(t.dealIds);
    return r.next() < 0.5
      ? ['deal.propertyChange', deal, 'amount', String(1_000 * (5 + r.int(500)))]
      : ['deal.propertyChange', deal, 'dealstage', r.pick(STAGES)];
  }
  return ['company.propertyChange', t.companyId, r.pick(RATINGS), String(1 + r.int(5))];
}

/**
 * Makes webhook events about accounts (`hubSpotTargets`); every event has its own id, as HubSpot's do.
 */
export class HubSpotEventSource {
  constructor({ portalId, appId, seed = 1 }) {
    this.portalId = portalId;
    this.appId = appId;
    this.r = rng(seed);
    this.nextId = 1;
  }

  /** An event changing something of account `t`, dated `occurredAt`. */
  event(t, occurredAt) {
    const [subscriptionType, objectId, propertyName, propertyValue] = change(t, this.r);
    return {
      eventId: this.nextId++,
      subscriptionId: subscriptionOf(subscriptionType, propertyName),
      portalId: this.portalId,
      appId: this.appId,
      occurredAt,
      subscriptionType,
      attemptNumber: 0,
      objectId: Number(objectId),
      propertyName,
      propertyValue,
      changeSource: 'CRM_UI',
      sourceId: `userId:${7_000_000 + this.r.int(20)}`,
    };
  }

  /** `n` events, each about an account picked at random from `targets`. */
  batch(targets, n, occurredAt) {
    return Array.from({ length: n }, () => this.event(this.r.pick(targets), occurredAt));
  }
}
