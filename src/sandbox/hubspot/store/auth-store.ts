import type { DatabaseSync, StatementSync } from 'node:sqlite';

export interface OAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly appId: number;
}

export interface IssuedToken {
  readonly token: string;
  readonly kind: 'access' | 'refresh';
  readonly clientId: string;
  readonly scopes: string[];
  /** epoch ms; null = never (refresh tokens) */
  readonly expiresAt: number | null;
}

export interface AuthCode {
  readonly code: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: string[];
  readonly expiresAt: number;
}

type Row = Record<string, unknown>;

/** Private-app tokens, developer API keys, OAuth apps, authorization codes and issued OAuth tokens. */
export class AuthStore {
  private readonly privateTokens = new Set<string>();
  private readonly developerKeySet = new Set<string>();
  private readonly addDeveloperKeyStmt: StatementSync;
  private readonly addPrivateStmt: StatementSync;
  private readonly privateStmt: StatementSync;
  private readonly addClientStmt: StatementSync;
  private readonly clientStmt: StatementSync;
  private readonly clientsStmt: StatementSync;
  private readonly addTokenStmt: StatementSync;
  private readonly tokenStmt: StatementSync;
  private readonly deleteTokenStmt: StatementSync;
  private readonly addCodeStmt: StatementSync;
  private readonly takeCodeStmt: StatementSync;

  constructor(db: DatabaseSync) {
    this.addPrivateStmt = db.prepare(
      'INSERT OR IGNORE INTO hs_private_tokens (token, created_at) VALUES (?, ?)',
    );
    this.privateStmt = db.prepare('SELECT token FROM hs_private_tokens ORDER BY rowid');
    this.addDeveloperKeyStmt = db.prepare(
      'INSERT OR IGNORE INTO hs_developer_keys (key, created_at) VALUES (?, ?)',
    );
    this.addClientStmt = db.prepare(
      'INSERT OR REPLACE INTO hs_oauth_clients (client_id, client_secret, app_id) VALUES (?, ?, ?)',
    );
    this.clientStmt = db.prepare('SELECT * FROM hs_oauth_clients WHERE client_id = ?');
    this.clientsStmt = db.prepare('SELECT * FROM hs_oauth_clients ORDER BY rowid');
    this.addTokenStmt = db.prepare(
      'INSERT INTO hs_oauth_tokens (token, kind, client_id, scopes, expires_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.tokenStmt = db.prepare('SELECT * FROM hs_oauth_tokens WHERE token = ? AND kind = ?');
    this.deleteTokenStmt = db.prepare('DELETE FROM hs_oauth_tokens WHERE token = ?');
    this.addCodeStmt = db.prepare(
      'INSERT INTO hs_auth_codes (code, client_id, redirect_uri, scopes, expires_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.takeCodeStmt = db.prepare('DELETE FROM hs_auth_codes WHERE code = ? RETURNING *');
    for (const row of this.privateStmt.all()) this.privateTokens.add(row.token as string);
    for (const row of db.prepare('SELECT key FROM hs_developer_keys ORDER BY rowid').all())
      this.developerKeySet.add(row.key as string);
  }

  /** Developer API keys (`?hapikey=`): the developer account that owns every configured app. */
  addDeveloperKey(key: string, now: Date): void {
    this.addDeveloperKeyStmt.run(key, now.toISOString());
    this.developerKeySet.add(key);
  }

  developerKeys(): string[] {
    return [...this.developerKeySet];
  }

  isDeveloperKey(key: string): boolean {
    return this.developerKeySet.has(key);
  }

  addPrivateToken(token: string, now: Date): void {
    this.addPrivateStmt.run(token, now.toISOString());
    this.privateTokens.add(token);
  }

  privateAppTokens(): string[] {
    return [...this.privateTokens];
  }

  isPrivateToken(token: string): boolean {
    return this.privateTokens.has(token);
  }

  addClient(client: OAuthClient): void {
    this.addClientStmt.run(client.clientId, client.clientSecret, client.appId);
  }

  client(clientId: string): OAuthClient | undefined {
    const row = this.clientStmt.get(clientId);
    return row ? toClient(row) : undefined;
  }

  clients(): OAuthClient[] {
    return this.clientsStmt.all().map(toClient);
  }

  issue(token: IssuedToken): void {
    this.addTokenStmt.run(token.token, token.kind, token.clientId, token.scopes.join(' '), token.expiresAt);
  }

  token(token: string, kind: IssuedToken['kind']): IssuedToken | undefined {
    const row = this.tokenStmt.get(token, kind);
    if (!row) return undefined;
    return {
      token,
      kind,
      clientId: row.client_id as string,
      scopes: splitScopes(row.scopes as string),
      expiresAt: row.expires_at === null ? null : Number(row.expires_at),
    };
  }

  revoke(token: string): void {
    this.deleteTokenStmt.run(token);
  }

  addCode(code: AuthCode): void {
    this.addCodeStmt.run(code.code, code.clientId, code.redirectUri, code.scopes.join(' '), code.expiresAt);
  }

  /** Returns the code and forgets it: a code is good for one exchange. */
  takeCode(code: string): AuthCode | undefined {
    const row = this.takeCodeStmt.get(code);
    if (!row) return undefined;
    return {
      code,
      clientId: row.client_id as string,
      redirectUri: row.redirect_uri as string,
      scopes: splitScopes(row.scopes as string),
      expiresAt: Number(row.expires_at),
    };
  }
}

function toClient(row: Row): OAuthClient {
  return {
    clientId: row.client_id as string,
    clientSecret: row.client_secret as string,
    appId: Number(row.app_id),
  };
}

function splitScopes(s: string): string[] {
  return s.split(' ').filter((x) => x.length > 0);
}
