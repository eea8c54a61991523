import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { stmt } from '../store/statements.js';

/** Who a request acts as. */
export interface Session {
  readonly userId: string;
  readonly clientId?: string;
}

const random = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Access tokens (configured ones, and issued ones with an expiry), refresh tokens and authorization codes. */
export class Sessions {
  private readonly configured = new Map<string, Session>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly orgId15: string,
    private readonly ttlSeconds: number,
    private readonly now: () => Date,
  ) {}

  configure(token: string, userId: string): void {
    this.configured.set(token, { userId });
  }

  configuredTokens(): string[] {
    return [...this.configured.keys()];
  }

  /** A token that looks like Salesforce's: `<org id>!<opaque>`. */
  newAccessTokenValue(): string {
    return `${this.orgId15}!${random(72)}`;
  }

  issueAccess(userId: string, clientId: string, scope: string): string {
    const token = this.newAccessTokenValue();
    stmt(
      this.db,
      `INSERT INTO sf_tokens (token, kind, user_id, client_id, scope, expires_at) VALUES (?, 'access', ?, ?, ?, ?)`,
    ).run(token, userId, clientId, scope, this.now().getTime() + this.ttlSeconds * 1000);
    return token;
  }

  issueRefresh(userId: string, clientId: string, scope: string): string {
    const token = `5Aep861${random(60)}`;
    stmt(
      this.db,
      `INSERT INTO sf_tokens (token, kind, user_id, client_id, scope, expires_at) VALUES (?, 'refresh', ?, ?, ?, NULL)`,
    ).run(token, userId, clientId, scope);
    return token;
  }

  access(token: string): Session | undefined {
    const fixed = this.configured.get(token);
    if (fixed) return fixed;
    const row = stmt(
      this.db,
      `SELECT user_id, client_id, expires_at FROM sf_tokens WHERE token = ? AND kind = 'access'`,
    ).get(token) as { user_id: string; client_id: string; expires_at: number } | undefined;
    if (!row || row.expires_at <= this.now().getTime()) return undefined;
    return { userId: row.user_id, clientId: row.client_id };
  }

  refresh(token: string): { userId: string; clientId: string; scope: string } | undefined {
    const row = stmt(
      this.db,
      `SELECT user_id, client_id, scope FROM sf_tokens WHERE token = ? AND kind = 'refresh'`,
    ).get(token) as { user_id: string; client_id: string; scope: string } | undefined;
    return row && { userId: row.user_id, clientId: row.client_id, scope: row.scope };
  }

  /** Revokes a token; revoking a refresh token revokes the access tokens of its user and app too. */
  revoke(token: string): boolean {
    const refresh = this.refresh(token);
    if (refresh)
      stmt(this.db, `DELETE FROM sf_tokens WHERE user_id = ? AND client_id = ?`).run(
        refresh.userId,
        refresh.clientId,
      );
    return (
      stmt(this.db, `DELETE FROM sf_tokens WHERE token = ?`).run(token).changes > 0 || refresh !== undefined
    );
  }

  issueCode(clientId: string, redirectUri: string, userId: string, scope: string): string {
    const code = `aPrx${random(48)}`;
    stmt(
      this.db,
      `INSERT INTO sf_auth_codes (code, client_id, redirect_uri, user_id, scope, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(code, clientId, redirectUri, userId, scope, this.now().getTime() + 15 * 60_000);
    return code;
  }

  /** An authorization code is good once, for 15 minutes. */
  takeCode(
    code: string,
  ): { clientId: string; redirectUri: string; userId: string; scope: string; expired: boolean } | undefined {
    const row = stmt(
      this.db,
      `DELETE FROM sf_auth_codes WHERE code = ? RETURNING client_id, redirect_uri, user_id, scope, expires_at`,
    ).get(code) as
      | { client_id: string; redirect_uri: string; user_id: string; scope: string; expires_at: number }
      | undefined;
    if (!row) return undefined;
    return {
      clientId: row.client_id,
      redirectUri: row.redirect_uri,
      userId: row.user_id,
      scope: row.scope,
      expired: row.expires_at <= this.now().getTime(),
    };
  }
}
