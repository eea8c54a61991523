import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** An app's webhook settings. */
export interface WebhookSettings {
  readonly appId: number;
  readonly targetUrl: string;
  readonly maxConcurrentRequests: number;
  readonly period: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One event subscription of an app. */
export interface Subscription {
  readonly id: number;
  readonly appId: number;
  readonly eventType: string;
  readonly propertyName: string | null;
  readonly objectTypeId: string | null;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewSubscription = Pick<Subscription, 'eventType' | 'propertyName' | 'objectTypeId' | 'active'>;

type Row = Record<string, unknown>;

const toSettings = (r: Row): WebhookSettings => ({
  appId: Number(r.app_id),
  targetUrl: r.target_url as string,
  maxConcurrentRequests: Number(r.max_concurrent),
  period: (r.period as string | null) ?? null,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
});

const toSubscription = (r: Row): Subscription => ({
  id: Number(r.id),
  appId: Number(r.app_id),
  eventType: r.event_type as string,
  propertyName: (r.property_name as string | null) ?? null,
  objectTypeId: (r.object_type_id as string | null) ?? null,
  active: r.active === 1,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
});

/**
 * Webhook settings and subscriptions per app. Event production asks `targets()` on every CRM
 * write, so the active subscriptions of configured apps are cached until the next change here.
 */
export class WebhookConfigStore {
  private cachedTargets: { settings: WebhookSettings; subscriptions: Subscription[] }[] | undefined;
  private readonly settingsStmt: StatementSync;
  private readonly allSettingsStmt: StatementSync;
  private readonly saveSettingsStmt: StatementSync;
  private readonly deleteSettingsStmt: StatementSync;
  private readonly subscriptionsStmt: StatementSync;
  private readonly subscriptionStmt: StatementSync;
  private readonly activeStmt: StatementSync;
  private readonly insertStmt: StatementSync;
  private readonly setActiveStmt: StatementSync;
  private readonly deleteStmt: StatementSync;

  constructor(db: DatabaseSync) {
    this.settingsStmt = db.prepare('SELECT * FROM hs_webhook_settings WHERE app_id = ?');
    this.allSettingsStmt = db.prepare('SELECT * FROM hs_webhook_settings ORDER BY app_id');
    this.saveSettingsStmt = db.prepare(
      `INSERT INTO hs_webhook_settings (app_id, target_url, max_concurrent, period, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (app_id) DO UPDATE SET target_url = excluded.target_url,
         max_concurrent = excluded.max_concurrent, period = excluded.period, updated_at = excluded.updated_at
       RETURNING *`,
    );
    this.deleteSettingsStmt = db.prepare('DELETE FROM hs_webhook_settings WHERE app_id = ?');
    this.subscriptionsStmt = db.prepare(
      'SELECT * FROM hs_webhook_subscriptions WHERE app_id = ? ORDER BY id',
    );
    this.subscriptionStmt = db.prepare('SELECT * FROM hs_webhook_subscriptions WHERE app_id = ? AND id = ?');
    this.activeStmt = db.prepare('SELECT * FROM hs_webhook_subscriptions WHERE active = 1 ORDER BY id');
    this.insertStmt = db.prepare(
      `INSERT INTO hs_webhook_subscriptions (app_id, event_type, property_name, object_type_id, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    );
    this.setActiveStmt = db.prepare(
      'UPDATE hs_webhook_subscriptions SET active = ?, updated_at = ? WHERE app_id = ? AND id = ? RETURNING *',
    );
    this.deleteStmt = db.prepare('DELETE FROM hs_webhook_subscriptions WHERE app_id = ? AND id = ?');
  }

  settings(appId: number): WebhookSettings | undefined {
    const row = this.settingsStmt.get(appId);
    return row ? toSettings(row) : undefined;
  }

  allSettings(): WebhookSettings[] {
    return this.allSettingsStmt.all().map(toSettings);
  }

  saveSettings(
    appId: number,
    s: Pick<WebhookSettings, 'targetUrl' | 'maxConcurrentRequests' | 'period'>,
    now: string,
  ) {
    this.cachedTargets = undefined;
    const row = this.saveSettingsStmt.get(appId, s.targetUrl, s.maxConcurrentRequests, s.period, now, now)!;
    return toSettings(row);
  }

  deleteSettings(appId: number): boolean {
    this.cachedTargets = undefined;
    return Number(this.deleteSettingsStmt.run(appId).changes) > 0;
  }

  subscriptions(appId: number): Subscription[] {
    return this.subscriptionsStmt.all(appId).map(toSubscription);
  }

  subscription(appId: number, id: number): Subscription | undefined {
    const row = this.subscriptionStmt.get(appId, id);
    return row ? toSubscription(row) : undefined;
  }

  addSubscription(appId: number, s: NewSubscription, now: string): Subscription {
    this.cachedTargets = undefined;
    const row = this.insertStmt.get(
      appId,
      s.eventType,
      s.propertyName,
      s.objectTypeId,
      s.active ? 1 : 0,
      now,
      now,
    )!;
    return toSubscription(row);
  }

  setActive(appId: number, id: number, active: boolean, now: string): Subscription | undefined {
    this.cachedTargets = undefined;
    const row = this.setActiveStmt.get(active ? 1 : 0, now, appId, id);
    return row ? toSubscription(row) : undefined;
  }

  deleteSubscription(appId: number, id: number): boolean {
    this.cachedTargets = undefined;
    return Number(this.deleteStmt.run(appId, id).changes) > 0;
  }

  /** Apps with settings, each with its active subscriptions (only those that have any). */
  targets(): readonly { settings: WebhookSettings; subscriptions: Subscription[] }[] {
    if (this.cachedTargets) return this.cachedTargets;
    const active = this.activeStmt.all().map(toSubscription);
    this.cachedTargets = this.allSettings()
      .map((settings) => ({ settings, subscriptions: active.filter((s) => s.appId === settings.appId) }))
      .filter((t) => t.subscriptions.length > 0);
    return this.cachedTargets;
  }
}
