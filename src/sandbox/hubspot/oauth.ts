import { randomBytes } from 'node:crypto';
import type { HubSpotState } from './state.js';

/** An OAuth error as HubSpot's token endpoint answers it (status names the problem). */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';
  constructor(
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

export const DEFAULT_SCOPES = ['oauth', 'crm.objects.companies.read', 'crm.objects.companies.write'];
const CODE_TTL_MS = 5 * 60_000;

const secret = (prefix: string) => `${prefix}-${randomBytes(24).toString('base64url')}`;

/** Authorization codes, token grants and refreshes with HubSpot's rules and error statuses. */
export class OAuthService {
  constructor(
    private readonly s: HubSpotState,
    private readonly ttlSeconds: number,
  ) {}

  issueCode(clientId: string, redirectUri: string, scopes: readonly string[]): string {
    if (!this.s.auth.client(clientId)) throw new OAuthError('BAD_CLIENT_ID', 'missing or unknown client_id');
    const code = secret('na1-code');
    this.s.auth.addCode({
      code,
      clientId,
      redirectUri,
      scopes: scopes.length > 0 ? [...scopes] : DEFAULT_SCOPES,
      expiresAt: this.s.now().getTime() + CODE_TTL_MS,
    });
    return code;
  }

  exchangeCode(p: { code?: string; redirectUri?: string; clientId?: string; clientSecret?: string }) {
    this.assertClient(p.clientId, p.clientSecret);
    const code = p.code ? this.s.auth.takeCode(p.code) : undefined;
    if (!code || code.clientId !== p.clientId)
      throw new OAuthError('BAD_AUTH_CODE', 'missing or unknown auth code');
    if (code.expiresAt < this.s.now().getTime())
      throw new OAuthError('EXPIRED_AUTH_CODE', 'auth code is expired');
    if (code.redirectUri !== p.redirectUri) {
      throw new OAuthError('BAD_REDIRECT_URI', 'redirect_uri does not match initial redirect uri');
    }
    const refresh = secret('na1-refresh');
    this.s.auth.issue({
      token: refresh,
      kind: 'refresh',
      clientId: code.clientId,
      scopes: code.scopes,
      expiresAt: null,
    });
    return this.accessToken(code.clientId, code.scopes, refresh);
  }

  refresh(p: { refreshToken?: string; clientId?: string; clientSecret?: string }) {
    this.assertClient(p.clientId, p.clientSecret);
    const refresh = p.refreshToken ? this.s.auth.token(p.refreshToken, 'refresh') : undefined;
    if (!refresh || refresh.clientId !== p.clientId)
      throw new OAuthError('BAD_REFRESH_TOKEN', 'missing or invalid refresh token');
    return this.accessToken(refresh.clientId, refresh.scopes, refresh.token);
  }

  private accessToken(clientId: string, scopes: string[], refreshToken: string) {
    const token = secret('na1-access');
    this.s.auth.issue({
      token,
      kind: 'access',
      clientId,
      scopes,
      expiresAt: this.s.now().getTime() + this.ttlSeconds * 1000,
    });
    return {
      token_type: 'bearer',
      refresh_token: refreshToken,
      access_token: token,
      expires_in: this.ttlSeconds,
    };
  }

  private assertClient(clientId: string | undefined, clientSecret: string | undefined): void {
    const client = clientId ? this.s.auth.client(clientId) : undefined;
    if (!client) throw new OAuthError('BAD_CLIENT_ID', 'missing or unknown client_id');
    if (client.clientSecret !== clientSecret)
      throw new OAuthError('BAD_CLIENT_SECRET', 'missing or invalid client_secret');
  }
}
