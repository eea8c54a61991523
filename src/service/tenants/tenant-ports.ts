import { HubSpotAdapter } from '../../crm/hubspot/adapter/index.js';
import type { CallUsage, CrmPort } from '../../crm/port.js';
import { OrgLimits, SalesforceAdapter } from '../../crm/salesforce/adapter/index.js';
import type { Credentials, Store, Tenant } from '../../store/port.js';
import { hubSpotTokens, RENEW_MARGIN_MS, salesforceJwtLogin } from './token-exchange.js';

/** The HubSpot app's OAuth client, needed to renew installs' tokens. */
export interface HubSpotApp {
  readonly clientId?: string;
  readonly clientSecret?: string;
}

export interface TenantPortsOptions {
  readonly store: Store;
  readonly hubspotApp: HubSpotApp;
  readonly now?: () => number;
  /** Extra adapter settings (the service passes a Redis-shared call window with several workers). */
  readonly hubspotAdapterOptions?: ConstructorParameters<typeof HubSpotAdapter>[2];
  /** Calls per rolling 10 s to one portal (default: the adapter's, HubSpot's 190). */
  readonly hubspotCallsPer10s?: number;
}

export interface TenantPort {
  readonly tenant: Tenant;
  readonly port: CrmPort;
}

/** Thrown when a tenant is unknown or was removed: work for it cannot succeed by retrying. */
export class UnknownTenantError extends Error {
  readonly code = 'UNKNOWN_TENANT';
  constructor(readonly tenantId: string) {
    super(`unknown tenant ${tenantId}`);
  }
}

/** When the credentials need renewing first (undefined: static tokens never do). */
function expiresAt(c: Credentials): number | undefined {
  if (c.kind === 'hubspot-oauth') return c.expiresAt;
  if (c.kind === 'salesforce-jwt') return c.expiresAt ?? 0;
  return undefined;
}

/**
 * One `CrmPort` per tenant, built from its stored credentials and kept while they are valid:
 * OAuth tokens are refreshed and JWT sessions renewed shortly before they expire, and the renewed
 * credentials are stored (encrypted) so other processes reuse them.
 */
export class TenantPorts {
  private readonly cache = new Map<string, { entry: TenantPort; validUntil: number }>();
  private readonly pending = new Map<string, Promise<TenantPort>>();
  private readonly orgLimits = new Map<string, OrgLimits>();
  /** Every port made per tenant (a renewal makes a new one), for the call counts. */
  private readonly made = new Map<string, CrmPort[]>();
  private readonly now: () => number;

  constructor(private readonly o: TenantPortsOptions) {
    this.now = o.now ?? Date.now;
  }

  async get(tenantId: string): Promise<TenantPort> {
    const hit = this.cache.get(tenantId);
    if (hit && hit.validUntil > this.now()) return hit.entry;
    let p = this.pending.get(tenantId);
    if (!p) {
      p = this.build(tenantId).finally(() => this.pending.delete(tenantId));
      this.pending.set(tenantId, p);
    }
    return p;
  }

  /** Forgets a tenant's port (its credentials changed, or the CRM refused them). */
  forget(tenantId: string): void {
    this.cache.delete(tenantId);
  }

  /** CRM calls this process made per tenant. */
  usage(): Map<string, CallUsage> {
    const out = new Map<string, CallUsage>();
    for (const [tenantId, ports] of this.made) {
      const sum = { calls: 0, rateLimited: 0, retries: 0 };
      for (const p of ports) {
        const u = p.usage();
        sum.calls += u.calls;
        sum.rateLimited += u.rateLimited;
        sum.retries += u.retries;
      }
      out.set(tenantId, sum);
    }
    return out;
  }

  private async build(tenantId: string): Promise<TenantPort> {
    const stored = await this.o.store.tenant(tenantId);
    if (!stored) throw new UnknownTenantError(tenantId);
    const tenant = await this.renewed(stored);
    const port = this.portOf(tenant);
    this.made.set(tenantId, [...(this.made.get(tenantId) ?? []), port]);
    const until = expiresAt(tenant.credentials);
    const validUntil = until === undefined ? Infinity : until - RENEW_MARGIN_MS;
    this.cache.set(tenantId, { entry: { tenant, port }, validUntil });
    return { tenant, port };
  }

  private async renewed(tenant: Tenant): Promise<Tenant> {
    const c = tenant.credentials;
    const until = expiresAt(c);
    if (until === undefined || until - RENEW_MARGIN_MS > this.now()) return tenant;
    let credentials: Credentials;
    if (c.kind === 'hubspot-oauth') {
      const { clientId, clientSecret } = this.o.hubspotApp;
      if (!clientId || !clientSecret)
        throw new Error('HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET are needed to renew HubSpot tokens');
      const tokens = await hubSpotTokens(
        tenant.apiBaseUrl,
        {
          grant_type: 'refresh_token',
          client_id: clientId,
          client_secret: clientSecret,
          refresh_token: c.refreshToken,
        },
        this.now(),
      );
      credentials = { kind: 'hubspot-oauth', ...tokens };
    } else if (c.kind === 'salesforce-jwt') {
      const session = await salesforceJwtLogin(c.loginUrl, c.clientId, c.username, c.privateKey, this.now());
      credentials = { ...c, accessToken: session.accessToken, expiresAt: session.expiresAt };
    } else {
      return tenant;
    }
    await this.o.store.saveCredentials(tenant.id, credentials);
    return { ...tenant, credentials };
  }

  private portOf(tenant: Tenant): CrmPort {
    const c = tenant.credentials;
    switch (c.kind) {
      case 'hubspot-private-app':
      case 'hubspot-oauth':
        return new HubSpotAdapter(
          {
            accessToken: c.accessToken,
            basePath: tenant.apiBaseUrl,
            tenant: tenant.id,
            ...(this.o.hubspotCallsPer10s
              ? { policy: { maxCalls: this.o.hubspotCallsPer10s, windowMs: 10_000 } }
              : {}),
          },
          tenant.lang,
          this.o.hubspotAdapterOptions,
        );
      case 'salesforce-token':
      case 'salesforce-jwt': {
        let limits = this.orgLimits.get(tenant.id);
        if (!limits) {
          limits = new OrgLimits();
          this.orgLimits.set(tenant.id, limits);
        }
        return new SalesforceAdapter({
          instanceUrl: tenant.apiBaseUrl,
          accessToken: c.accessToken ?? '',
          limits,
        });
      }
    }
  }
}
