import type { ChangeOrigin, CrmChange, LinkChange } from '../changes.js';
import type { ObjectType } from '../object-types.js';
import type { HubSpotState } from '../state.js';
import type { Subscription, WebhookConfigStore } from './config-store.js';
import { associationTypeName, classicEventType, isGeneric } from './event-types.js';
import type { EventAction } from './event-types.js';
import type { EventFields, EventQueue } from './queue.js';

/** One thing that happened to one object, before it is matched against subscriptions. */
interface Occurrence {
  readonly objectTypeId: string;
  readonly action: EventAction;
  readonly propertyName?: string;
  readonly fields: EventFields;
  /** fields only generic (`object.*`) events carry */
  readonly generic?: EventFields;
}

/**
 * Turns CRM changes into webhook events: every active subscription of every app with settings
 * that matches gets its own event (own eventId) in the delivery queue, in the write's transaction.
 */
export class EventProducer {
  constructor(
    private readonly s: HubSpotState,
    private readonly config: WebhookConfigStore,
    private readonly queue: EventQueue,
    private readonly wake: () => void,
  ) {
    s.changes.listen((change, origin) => this.onChange(change, origin));
  }

  private onChange(change: CrmChange, origin: ChangeOrigin): void {
    const targets = this.config.targets();
    if (targets.length === 0) return;
    const occurrences = this.occurrences(change);
    if (occurrences.length === 0) return;
    const now = this.s.now().getTime();
    const source = this.source(origin);
    let added = 0;
    for (const { settings, subscriptions } of targets) {
      for (const o of occurrences) {
        for (const sub of subscriptions) {
          if (!matches(sub, o)) continue;
          const fields: EventFields = {
            ...o.fields,
            ...source,
            subscriptionId: sub.id,
            portalId: this.s.portalId,
            appId: settings.appId,
            occurredAt: now,
            subscriptionType: sub.eventType,
            ...(isGeneric(sub.eventType) ? { objectTypeId: o.objectTypeId, ...o.generic } : {}),
          };
          this.queue.add(settings.appId, fields, now);
          added++;
        }
      }
    }
    if (added > 0) this.wake();
  }

  private occurrences(change: CrmChange): Occurrence[] {
    switch (change.kind) {
      case 'created':
        return [
          {
            objectTypeId: change.type.objectTypeId,
            action: 'creation',
            fields: { objectId: Number(change.id), changeFlag: 'CREATED' },
          },
          ...propertyChanges(change.type, change.id, {}, change.after),
        ];
      case 'updated':
        return propertyChanges(change.type, change.id, change.before, change.after);
      case 'archived':
        return [
          {
            objectTypeId: change.type.objectTypeId,
            action: 'deletion',
            fields: { objectId: Number(change.id), changeFlag: 'DELETED' },
          },
        ];
      default:
        return [this.associationChange(change)];
    }
  }

  private associationChange(change: LinkChange): Occurrence {
    const t = this.s.associations.type(change.typeId);
    const name = (typeId: string) => this.s.types.find(typeId)?.errorName ?? typeId;
    return {
      objectTypeId: change.fromType,
      action: 'associationChange',
      fields: {
        associationType: associationTypeName(name(change.fromType), name(change.toType)),
        fromObjectId: Number(change.fromId),
        toObjectId: Number(change.toId),
        associationRemoved: change.kind === 'unlinked',
        isPrimaryAssociation: t?.label === 'Primary' && t.category === 'HUBSPOT_DEFINED',
      },
      generic: {
        fromObjectTypeId: change.fromType,
        toObjectTypeId: change.toType,
        associationTypeId: change.typeId,
        associationCategory: t?.category ?? 'HUBSPOT_DEFINED',
      },
    };
  }

  /**
   * `changeSource` as HubSpot reports it: an OAuth app's token → INTEGRATION with the app id as
   * `sourceId`; a private-app token (or no request) → API; the sandbox headers override both.
   */
  private source(origin: ChangeOrigin): EventFields {
    if (origin.source) {
      return { changeSource: origin.source, ...(origin.sourceId ? { sourceId: origin.sourceId } : {}) };
    }
    const issued = origin.token ? this.s.auth.token(origin.token, 'access') : undefined;
    const app = issued ? this.s.auth.client(issued.clientId) : undefined;
    if (app) return { changeSource: 'INTEGRATION', sourceId: String(app.appId) };
    return { changeSource: 'API', ...(origin.sourceId ? { sourceId: origin.sourceId } : {}) };
  }
}

/** Properties that changed value; values HubSpot stamps on every write are not changes. */
function propertyChanges(
  type: ObjectType,
  id: string,
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): Occurrence[] {
  const stamped = new Set([
    'hs_object_id',
    'hs_lastmodifieddate',
    type.createdProperty,
    type.modifiedProperty,
  ]);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: Occurrence[] = [];
  for (const name of names) {
    if (stamped.has(name) || before[name] === after[name]) continue;
    out.push({
      objectTypeId: type.objectTypeId,
      action: 'propertyChange',
      propertyName: name,
      fields: { objectId: Number(id), propertyName: name, propertyValue: after[name] ?? '' },
    });
  }
  return out;
}

function matches(sub: Subscription, o: Occurrence): boolean {
  const eventType = isGeneric(sub.eventType)
    ? sub.objectTypeId === o.objectTypeId
      ? `object.${o.action}`
      : undefined
    : classicEventType(o.objectTypeId, o.action);
  if (eventType !== sub.eventType) return false;
  return o.action !== 'propertyChange' || sub.propertyName === o.propertyName;
}
