import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { SF } from '../../crm/salesforce/metadata/names.js';
import { accountSubject, recordSubject } from '../../jobs/subjects.js';
import { describeIssues, parsed, refused } from './problem.js';
import type { Parsed } from './problem.js';
import { RequestCollector } from './requests.js';
import type { IntakeRequest } from './requests.js';
import { isSalesforceId, toId18 } from './salesforce-ids.js';

/** Salesforce puts at most 100 notifications into one outbound message. */
export const MAX_NOTIFICATIONS_PER_MESSAGE = 100;

export type OutboundProblem =
  'malformed-xml' | 'not-outbound-message' | 'too-many-notifications' | 'invalid-outbound-message';

/** One changed record as the message carries it; ids in their 18-character form. */
export interface OutboundNotification {
  /** The notification's id: Salesforce resends it unchanged until acknowledged (the dedupe key). */
  readonly id: string;
  /** API name of the record's object (`Account`, `KAM_Action__c`). */
  readonly objectType: string;
  readonly recordId: string;
  /** The account the record belongs to, when the message says. */
  readonly accountId?: string;
  /** The fields the message carries; `null` for an empty (`xsi:nil`) field. */
  readonly fields: Readonly<Record<string, string | null>>;
}

export interface OutboundMessage {
  /** 18 characters, as tenants are stored. */
  readonly organizationId: string;
  readonly actionId: string;
  readonly enterpriseUrl?: string;
  readonly partnerUrl?: string;
  readonly notifications: readonly OutboundNotification[];
}

/** The lookup to the account on each object that has one (`AccountId`, `Account__c`), from the metadata names. */
const ACCOUNT_LOOKUP: ReadonlyMap<string, string> = new Map(
  Object.values(SF).flatMap((entry) => ('account' in entry ? [[entry.object, entry.account] as const] : [])),
);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // The SOAP and `sf:` prefixes are fixed by Salesforce; without them paths read like the WSDL.
  removeNSPrefix: true,
  // Values stay text: an id such as 001… or a rating "4" must not turn into a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_tag, jpath) => jpath === 'Envelope.Body.notifications.Notification',
});

const sfId = z
  .string()
  .refine(isSalesforceId, 'expected a 15- or 18-character Salesforce id')
  .transform(toId18);

const SObject = z.looseObject({
  '@_type': z.string().regex(/^(?:\w+:)?\w+$/, 'expected xsi:type="sf:<object API name>"'),
  Id: sfId,
});

const Notification = z.looseObject({ Id: sfId, sObject: SObject });

const Notifications = z.looseObject({
  OrganizationId: sfId.refine((id) => id.startsWith('00D'), 'expected an organization id (00D…)'),
  ActionId: sfId,
  EnterpriseUrl: z.string().optional(),
  PartnerUrl: z.string().optional(),
  Notification: z
    .array(Notification, { error: 'expected at least one Notification element' })
    .min(1, 'expected at least one Notification element'),
});

/** A field element's value: text, `null` when `xsi:nil`, nothing for a structure a field never has. */
function fieldValue(value: unknown): string | null | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const element = value as Record<string, unknown>;
  if (element['@_nil'] === 'true') return null;
  const text = element['#text'];
  return typeof text === 'string' ? text : undefined;
}

function fieldsOf(sObject: Readonly<Record<string, unknown>>): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  for (const [name, raw] of Object.entries(sObject)) {
    // Field API names are word characters; anything else (attributes, text, `__proto__`) is no field.
    if (!/^[A-Za-z]\w*$/.test(name) || name === 'Id') continue;
    const value = fieldValue(raw);
    if (value !== undefined) fields[name] = value;
  }
  return fields;
}

const elementPath = (index: number) => `notifications/Notification[${index + 1}]/sObject`;

function toNotification(
  n: z.output<typeof Notification>,
  index: number,
): Parsed<OutboundNotification, OutboundProblem> {
  const objectType = n.sObject['@_type'].replace(/^\w+:/, '');
  const fields = fieldsOf(n.sObject);
  const lookup = objectType === SF.account.object ? undefined : ACCOUNT_LOOKUP.get(objectType);
  const linked = lookup === undefined ? undefined : fields[lookup];
  if (linked && !isSalesforceId(linked))
    return refused('invalid-outbound-message', `${elementPath(index)}/${lookup}: expected a Salesforce id`);
  const accountId = objectType === SF.account.object ? n.sObject.Id : linked ? toId18(linked) : undefined;
  return parsed({
    id: n.Id,
    objectType,
    recordId: n.sObject.Id,
    ...(accountId === undefined ? {} : { accountId }),
    fields,
  });
}

function bodyOf(document: unknown): unknown {
  const envelope = (document as { Envelope?: { Body?: { notifications?: unknown } } } | undefined)?.Envelope;
  return typeof envelope === 'object' && envelope !== null ? envelope.Body?.notifications : undefined;
}

/**
 * Reads an outbound message (the SOAP request body). Anything else — broken XML, another SOAP
 * call, a wrong element — is refused with the element at fault, never thrown.
 */
export function parseOutboundMessage(xml: string): Parsed<OutboundMessage, OutboundProblem> {
  // SOAP forbids a DTD, and refusing one keeps entity expansion out of reach.
  if (/<!DOCTYPE/i.test(xml)) return refused('malformed-xml', 'a SOAP message must not contain a DOCTYPE');
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return refused(
      'malformed-xml',
      `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    );
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch {
    return refused('malformed-xml', 'the XML cannot be read');
  }
  const raw = bodyOf(document);
  if (typeof raw !== 'object' || raw === null)
    return refused(
      'not-outbound-message',
      'not a Salesforce outbound message: expected soapenv:Envelope/soapenv:Body/notifications',
    );
  const count = (raw as { Notification?: unknown }).Notification;
  if (Array.isArray(count) && count.length > MAX_NOTIFICATIONS_PER_MESSAGE)
    return refused(
      'too-many-notifications',
      `${count.length} notifications in one message; Salesforce sends at most ${MAX_NOTIFICATIONS_PER_MESSAGE}`,
    );
  const result = Notifications.safeParse(raw);
  if (!result.success) {
    const message = describeIssues(result.error, { root: 'notifications', style: 'xpath' });
    return refused('invalid-outbound-message', message.replaceAll('@_type', '@xsi:type'));
  }
  const notifications: OutboundNotification[] = [];
  for (const [index, n] of result.data.Notification.entries()) {
    const notification = toNotification(n, index);
    if (!notification.ok) return notification;
    notifications.push(notification.value);
  }
  const { OrganizationId, ActionId, EnterpriseUrl, PartnerUrl } = result.data;
  return parsed({
    organizationId: OrganizationId,
    actionId: ActionId,
    ...(EnterpriseUrl === undefined ? {} : { enterpriseUrl: EnterpriseUrl }),
    ...(PartnerUrl === undefined ? {} : { partnerUrl: PartnerUrl }),
    notifications,
  });
}

/** An account re-scores itself; a record names its account, else the worker traces it. */
export function subjectOfNotification(n: OutboundNotification): string {
  return n.accountId === undefined ? recordSubject(n.objectType, n.recordId) : accountSubject(n.accountId);
}

export interface OutboundPlan {
  /** One request per subject; the route adds the org's tenant id. */
  readonly requests: IntakeRequest[];
  /** Every notification with its subject, in message order. */
  readonly notifications: readonly { readonly id: string; readonly subject: string }[];
  /** The dedupe keys for the route to claim. */
  readonly notificationIds: string[];
}

/** The work a message asks for. A message carries no change time, so `requestedAt` is `now`. */
export function planOutboundMessage(message: OutboundMessage, now: number): OutboundPlan {
  const collector = new RequestCollector();
  const notifications = message.notifications.map((n) => ({ id: n.id, subject: subjectOfNotification(n) }));
  for (const n of notifications) collector.add(n.subject, now);
  return {
    requests: collector.requests(),
    notifications,
    notificationIds: [...new Set(notifications.map((n) => n.id))],
  };
}
