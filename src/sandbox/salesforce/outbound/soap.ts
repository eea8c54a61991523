import type { SfField, SfObject } from '../schema/types.js';
import type { Row } from '../store/row.js';

const escape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Java's double formatting as Salesforce's SOAP sends it: `48000000.0`, `0.25`. */
const double = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

function soapValue(field: SfField, value: string | number): string {
  switch (field.type) {
    case 'boolean':
      return value === 1 ? 'true' : 'false';
    case 'currency':
    case 'percent':
      return double(Number(value));
    case 'double':
      return field.scale === 0 && Number.isInteger(value) ? String(value) : double(Number(value));
    case 'datetime':
      return String(value).replace('+0000', 'Z');
    default:
      return String(value);
  }
}

/** The `<sObject>` of one notification: the message's fields with values; empty fields are left out. */
export function sObjectXml(object: SfObject, fields: readonly SfField[], row: Row): string {
  const lines = fields
    .filter((f) => row[f.name] !== null && row[f.name] !== undefined)
    .map((f) => `     <sf:${f.name}>${escape(soapValue(f, row[f.name] ?? 0))}</sf:${f.name}>`);
  return [
    `    <sObject xsi:type="sf:${object.name}" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">`,
    ...lines,
    '    </sObject>',
  ].join('\n');
}

export interface Envelope {
  readonly orgId: string;
  readonly actionId: string;
  readonly baseUrl: string;
  readonly apiVersion: string;
  readonly notifications: readonly { readonly id: string; readonly sobjectXml: string }[];
}

/** The SOAP envelope of one outbound message (up to 100 notifications). */
export function envelopeXml(e: Envelope): string {
  const org15 = e.orgId.slice(0, 15);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ' <soapenv:Body>',
    '  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">',
    `   <OrganizationId>${e.orgId}</OrganizationId>`,
    `   <ActionId>${e.actionId}</ActionId>`,
    '   <SessionId xsi:nil="true"/>',
    `   <EnterpriseUrl>${escape(e.baseUrl)}/services/Soap/c/${e.apiVersion}/${org15}</EnterpriseUrl>`,
    `   <PartnerUrl>${escape(e.baseUrl)}/services/Soap/u/${e.apiVersion}/${org15}</PartnerUrl>`,
    ...e.notifications.flatMap((n) => [
      '   <Notification>',
      `    <Id>${n.id}</Id>`,
      n.sobjectXml,
      '   </Notification>',
    ]),
    '  </notifications>',
    ' </soapenv:Body>',
    '</soapenv:Envelope>',
    '',
  ].join('\n');
}

/** True when a receiver's answer acknowledges the message: `<Ack>true</Ack>` in any namespace prefix. */
export const isAck = (body: string) => /<(?:[\w-]+:)?Ack>\s*true\s*<\/(?:[\w-]+:)?Ack>/i.test(body);
