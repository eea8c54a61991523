const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The three-character suffix that makes a case-sensitive 15-character id case-insensitive: one
 * character per five, encoding which of them are upper-case letters.
 */
export function idChecksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** An 18-character id whose checksum matches, or a 15-character id. */
export function isSalesforceId(value: string): boolean {
  if (/^[a-zA-Z0-9]{15}$/.test(value)) return true;
  if (!/^[a-zA-Z0-9]{18}$/.test(value)) return false;
  return idChecksum(value.slice(0, 15)) === value.slice(15).toUpperCase();
}
