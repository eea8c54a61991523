import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import {
  generateEncryptionKey,
  parseEncryptionKey,
  SecretBox,
  SecretBoxError,
  secretBoxFromEnv,
} from '../../src/store/secret-box.js';

const KEY = Buffer.from('6b616d2d746573742d6b65792d3030312d2d2d2d2d2d2d2d2d2d2d2d2d2d2d21', 'hex');
const TOKEN = 'pat-eu1-2f6c1a9e-7d4b-4c8e-9a21-5be0c3d7f4a8';

const errorOf = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
};

/** The sealed value with one byte of part `index` (2 iv, 3 tag, 4 ciphertext) flipped. */
function flipByte(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('SecretBox', () => {
  it('round-trips text, with a fresh IV each time, in the v1.<keyId>.<iv>.<tag>.<ct> form', () => {
    const box = new SecretBox(KEY);
    const plaintext = JSON.stringify({
      kind: 'hubspot-private-app',
      accessToken: TOKEN,
      note: 'Müller & Söhne',
    });
    const a = box.seal(plaintext, 'hubspot:4711');
    const b = box.seal(plaintext, 'hubspot:4711');
    expect(a).not.toBe(b);
    for (const sealed of [a, b]) {
      expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
      expect(sealed).not.toContain(TOKEN);
      expect(box.open(sealed, 'hubspot:4711')).toBe(plaintext);
    }
    expect(box.open(box.seal(''))).toBe('');
  });

  it('names its key by the first 8 hex characters of sha256(key)', () => {
    const box = new SecretBox(KEY);
    expect(box.keyId).toBe(createHash('sha256').update(KEY).digest('hex').slice(0, 8));
    expect(box.seal('x').split('.')[1]).toBe(box.keyId);
  });

  it.each([
    ['IV', 2],
    ['tag', 3],
    ['ciphertext', 4],
  ])('detects a tampered %s', (_part, index) => {
    const box = new SecretBox(KEY);
    const tampered = flipByte(box.seal(TOKEN, 'hubspot:4711'), index);
    const error = errorOf(() => box.open(tampered, 'hubspot:4711'));
    expect(error).toBeInstanceOf(SecretBoxError);
    expect(error.message).toBe(
      `cannot decrypt tenant credentials: wrong key or tampered data (key id ${box.keyId})`,
    );
  });

  it('opens a value only with the context it was sealed with', () => {
    const box = new SecretBox(KEY);
    const sealed = box.seal(TOKEN, 'hubspot:4711');
    expect(() => box.open(sealed, 'hubspot:4712')).toThrow(/wrong key or tampered data/);
    expect(() => box.open(sealed)).toThrow(SecretBoxError);
  });

  it('refuses a value sealed with a key it does not have, naming the key ids but no key material', () => {
    const sealed = new SecretBox(KEY).seal(TOKEN);
    const other = new SecretBox(randomBytes(32));
    const error = errorOf(() => other.open(sealed));
    expect(error.message).toContain('wrong key or tampered data (key id ');
    expect(error.message).toContain(`configured: ${other.keyId}`);
    expect(error.message).not.toContain(KEY.toString('base64'));
    expect(error.message).not.toContain(KEY.toString('hex'));
  });

  it('refuses text that is not a sealed value', () => {
    const box = new SecretBox(KEY);
    for (const text of ['', TOKEN, 'v2.abcd1234.a.b.c', 'v1.abcd1234.a.b']) {
      const error = errorOf(() => box.open(text));
      expect(error).toBeInstanceOf(SecretBoxError);
      expect(error.message).toMatch(/^cannot decrypt tenant credentials: not a sealed value/);
      expect(error.message).not.toContain(TOKEN);
    }
  });

  it('rotates: seals with the current key, still opens values of older keys', () => {
    const oldKey = randomBytes(32);
    const before = new SecretBox(oldKey);
    const sealedBefore = before.seal(TOKEN, 't');
    const after = new SecretBox(KEY, [oldKey]);
    expect(after.open(sealedBefore, 't')).toBe(TOKEN);
    const sealedAfter = after.seal(TOKEN, 't');
    expect(sealedAfter.split('.')[1]).toBe(after.keyId);
    expect(after.keyIds).toEqual([after.keyId, before.keyId]);
    expect(() => before.open(sealedAfter, 't')).toThrow(SecretBoxError);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow('an encryption key must be 32 bytes');
    expect(() => new SecretBox(KEY, [randomBytes(31)])).toThrow('an encryption key must be 32 bytes');
  });
});

describe('encryption keys as text', () => {
  it('reads 64 hex characters, base64 and base64url of 32 bytes', () => {
    expect(parseEncryptionKey(KEY.toString('hex'))).toEqual(KEY);
    expect(parseEncryptionKey(KEY.toString('hex').toUpperCase())).toEqual(KEY);
    expect(parseEncryptionKey(KEY.toString('base64'))).toEqual(KEY);
    expect(parseEncryptionKey(` ${KEY.toString('base64url')} `)).toEqual(KEY);
  });

  it('reads nothing from other lengths or alphabets', () => {
    for (const text of [
      '',
      KEY.toString('hex').slice(2),
      randomBytes(24).toString('base64'),
      randomBytes(48).toString('base64'),
      `${KEY.toString('base64').slice(0, 40)}!!!=`,
    ])
      expect(parseEncryptionKey(text)).toBeUndefined();
  });

  it('generates a new random 32-byte key as base64 each time', () => {
    const a = generateEncryptionKey();
    const b = generateEncryptionKey();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64')).toHaveLength(32);
    expect(parseEncryptionKey(a)).toEqual(Buffer.from(a, 'base64'));
  });
});

describe('secretBoxFromEnv', () => {
  const oldKey = randomBytes(32);

  it('builds the box from KAM_ENCRYPTION_KEY and KAM_ENCRYPTION_KEYS_OLD', () => {
    const sealedWithOld = new SecretBox(oldKey).seal(TOKEN);
    const box = secretBoxFromEnv({
      KAM_ENCRYPTION_KEY: KEY.toString('base64'),
      KAM_ENCRYPTION_KEYS_OLD: ` ${randomBytes(32).toString('hex')} , ${oldKey.toString('base64')},`,
    });
    expect(box.keyId).toBe(new SecretBox(KEY).keyId);
    expect(box.open(sealedWithOld)).toBe(TOKEN);
    expect(
      secretBoxFromEnv({ KAM_ENCRYPTION_KEY: KEY.toString('hex'), KAM_ENCRYPTION_KEYS_OLD: '' }).keyIds,
    ).toEqual([box.keyId]);
  });

  it('says when KAM_ENCRYPTION_KEY is missing or empty', () => {
    expect(() => secretBoxFromEnv({})).toThrow(
      /^KAM_ENCRYPTION_KEY is not set; it must be 32 bytes as base64/,
    );
    expect(() => secretBoxFromEnv({ KAM_ENCRYPTION_KEY: '  ' })).toThrow(/^KAM_ENCRYPTION_KEY is empty/);
  });

  it('says what is wrong with a bad key without repeating it', () => {
    const bad = 'not-a-key-but-maybe-a-password';
    const error = errorOf(() => secretBoxFromEnv({ KAM_ENCRYPTION_KEY: bad }));
    expect(error.message).toBe('KAM_ENCRYPTION_KEY must be 32 bytes as base64 or 64 hex characters');
    expect(error.message).not.toContain(bad);
  });

  it('names the bad entry of KAM_ENCRYPTION_KEYS_OLD without repeating it', () => {
    const bad = randomBytes(16).toString('base64');
    const error = errorOf(() =>
      secretBoxFromEnv({
        KAM_ENCRYPTION_KEY: KEY.toString('base64'),
        KAM_ENCRYPTION_KEYS_OLD: `${oldKey.toString('base64')},${bad}`,
      }),
    );
    expect(error.message).toMatch(/^KAM_ENCRYPTION_KEYS_OLD entry 2 of 2 must be 32 bytes as base64/);
    expect(error.message).not.toContain(bad);
  });
});
