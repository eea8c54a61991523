/** Object type ids and the prefix of their classic webhook event types (`company.creation`). */
const PREFIX_OF: Readonly<Record<string, string>> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
  '0-7': 'product',
  '0-8': 'line_item',
};
const CRM_PREFIXES = Object.values(PREFIX_OF);
const CRM_ACTIONS = ['creation', 'deletion', 'propertyChange', 'associationChange', 'merge', 'restore'];
/** generic subscriptions (`object.*`) name the object type with `objectTypeId` */
const GENERIC_ACTIONS = ['creation', 'deletion', 'propertyChange', 'associationChange', 'merge', 'restore'];
const CONVERSATION_TYPES = [
  'conversation.creation',
  'conversation.deletion',
  'conversation.newMessage',
  'conversation.privacyDeletion',
  'conversation.propertyChange',
];

/** Every event type the webhooks API accepts (the sandbox produces the CRM ones). */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
  ...CRM_PREFIXES.flatMap((prefix) => CRM_ACTIONS.map((action) => `${prefix}.${action}`)),
  'contact.privacyDeletion',
  ...GENERIC_ACTIONS.map((action) => `object.${action}`),
  ...CONVERSATION_TYPES,
]);

export type EventAction = 'creation' | 'deletion' | 'propertyChange' | 'associationChange';

export const isGeneric = (eventType: string) => eventType.startsWith('object.');
export const isPropertyChange = (eventType: string) => eventType.endsWith('.propertyChange');

/** The classic event type for an object type and action (`0-2`, creation → `company.creation`). */
export function classicEventType(objectTypeId: string, action: EventAction): string | undefined {
  const prefix = PREFIX_OF[objectTypeId];
  return prefix === undefined ? undefined : `${prefix}.${action}`;
}

/** `CONTACT_TO_COMPANY`-style names of association change events. */
export function associationTypeName(fromName: string, toName: string): string {
  return `${fromName}_TO_${toName}`.toUpperCase();
}
