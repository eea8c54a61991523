/**
 * Encryption of tenant credentials at rest: AES-256-GCM with a random 12-byte IV per value. The
 * sealed text names the key that sealed it (`v1.<keyId>.<iv>.<tag>.<ciphertext>`, base64url), so a
 * key can be rotated: the box seals with its current key and opens with whichever configured key
 * the text names.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Why a sealed value could not be opened. The message never contains key material or plaintext. */
export class SecretBoxError extends Error {
  readonly code = 'SECRET_BOX_DECRYPT';
  /** `reason`: what failed; `tenantId`: whose credentials, when the caller knows. */
  constructor(
    readonly reason: string,
    readonly tenantId?: string,
  ) {
    super(`cannot decrypt tenant credentials: ${reason}${tenantId ? ` (tenant ${tenantId})` : ''}`);
    this.name = 'SecretBoxError';
  }
}

/** The id a sealed value carries: first 8 hex characters of sha256(key). Not secret. */
export function encryptionKeyId(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** A new key for `KAM_ENCRYPTION_KEY`: 32 random bytes as base64. */
export function generateEncryptionKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/;

/** A key as text (64 hex characters, or base64/base64url of 32 bytes), or undefined when it is neither. */
export function parseEncryptionKey(text: string): Buffer | undefined {
  const t = text.trim();
  if (HEX_KEY.test(t)) return Buffer.from(t, 'hex');
  if (!BASE64_KEY.test(t)) return undefined;
  const key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === KEY_BYTES ? key : undefined;
}

export class SecretBox {
  readonly #current: { readonly id: string; readonly key: Buffer };
  readonly #keys: ReadonlyMap<string, Buffer>;

  /** `current` seals and opens; `older` keys only open (values sealed before a rotation). */
  constructor(current: Uint8Array, older: readonly Uint8Array[] = []) {
    for (const key of [current, ...older]) {
      if (key.length !== KEY_BYTES) throw new Error(`an encryption key must be ${KEY_BYTES} bytes`);
    }
    this.#current = { id: encryptionKeyId(current), key: Buffer.from(current) };
    const keys = new Map<string, Buffer>();
    for (const key of [current, ...older]) {
      const id = encryptionKeyId(key);
      if (!keys.has(id)) keys.set(id, Buffer.from(key));
    }
    this.#keys = keys;
  }

  /** Id of the key new values are sealed with. */
  get keyId(): string {
    return this.#current.id;
  }

  /** Ids of every key the box can open with, the current one first. */
  get keyIds(): readonly string[] {
    return [...this.#keys.keys()];
  }

  /**
   * Seals `plaintext`. `context` (e.g. the tenant id) is authenticated but not stored: the value
   * opens only with the same context, so a sealed value copied to another tenant's row is refused.
   */
  seal(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, this.#current.id, b64url(iv), b64url(tag), b64url(ciphertext)].join('.');
  }

  /** Opens a value sealed by `seal` with the same context; throws `SecretBoxError` otherwise. */
  open(sealed: string, context = ''): string {
    const parts = sealed.split('.');
    const [version, keyId, iv, tag, ciphertext] = parts;
    if (parts.length !== 5 || version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined) {
      throw new SecretBoxError(`not a sealed value (expected ${VERSION}.<keyId>.<iv>.<tag>.<ciphertext>)`);
    }
    const key = this.#keys.get(keyId);
    if (!key) {
      throw new SecretBoxError(
        `wrong key or tampered data (key id ${keyId} is not configured; configured: ${this.keyIds.join(', ')})`,
      );
    }
    const ivBytes = Buffer.from(iv, 'base64url');
    const tagBytes = Buffer.from(tag, 'base64url');
    if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
      throw new SecretBoxError(`wrong key or tampered data (key id ${keyId})`);
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, key, ivBytes, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tagBytes);
      const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
      return plain.toString('utf8');
    } catch {
      // GCM says only "unable to authenticate": a different key, context or altered bytes.
      throw new SecretBoxError(`wrong key or tampered data (key id ${keyId})`);
    }
  }
}

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

type Env = Readonly<Record<string, string | undefined>>;

const KEY_FORMAT = `must be ${KEY_BYTES} bytes as base64 or 64 hex characters`;

const Key = z.string().transform((text, ctx) => {
  const key = parseEncryptionKey(text);
  if (!key) {
    ctx.addIssue({ code: 'custom', message: KEY_FORMAT });
    return z.NEVER;
  }
  return key;
});

const EncryptionEnv = z.object({
  KAM_ENCRYPTION_KEY: z
    .string({ error: `is not set; it ${KEY_FORMAT} (generate one with: openssl rand -base64 32)` })
    .trim()
    .min(1, `is empty; it ${KEY_FORMAT} (generate one with: openssl rand -base64 32)`)
    .pipe(Key),
  KAM_ENCRYPTION_KEYS_OLD: z
    .string()
    .optional()
    .transform((list, ctx) => {
      const entries = (list ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== '');
      return entries.map((entry, i) => {
        const key = parseEncryptionKey(entry);
        if (!key) {
          ctx.addIssue({
            code: 'custom',
            message: `entry ${i + 1} of ${entries.length} ${KEY_FORMAT} (keys are separated by commas)`,
          });
        }
        return key ?? Buffer.alloc(0);
      });
    }),
});

/**
 * The box configured by `KAM_ENCRYPTION_KEY` (current) and `KAM_ENCRYPTION_KEYS_OLD` (earlier keys,
 * comma-separated). A bad variable throws an Error naming it and what is wrong, never its value.
 */
export function secretBoxFromEnv(env: Env): SecretBox {
  const parsed = EncryptionEnv.safeParse({
    KAM_ENCRYPTION_KEY: env['KAM_ENCRYPTION_KEY'],
    KAM_ENCRYPTION_KEYS_OLD: env['KAM_ENCRYPTION_KEYS_OLD'],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])} ${issue.message}`);
  }
  return new SecretBox(parsed.data.KAM_ENCRYPTION_KEY, parsed.data.KAM_ENCRYPTION_KEYS_OLD);
}
