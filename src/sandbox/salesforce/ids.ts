/** Salesforce record ids: 15 case-sensitive characters plus a 3-character case-safe checksum. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[0-9A-Za-z]{15}$/;
const ID18 = /^[0-9A-Za-z]{18}$/;

/** The 3 checksum characters: one per 5-character chunk, a bit per upper-case letter. */
export function checksum(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    out += CHECKSUM[bits];
  }
  return out;
}

/**
 * The canonical 18-character id for a 15- or 18-character input, or undefined when it is not an id.
 * An 18-character input must carry the right checksum for its first 15 characters.
 */
export function toId18(value: string): string | undefined {
  if (ID15.test(value)) return value + checksum(value);
  if (ID18.test(value)) {
    const head = value.slice(0, 15);
    return checksum(head) === value.slice(15).toUpperCase() ? head + checksum(head) : undefined;
  }
  return undefined;
}

export const keyPrefixOf = (id: string): string => id.slice(0, 3);

/** Builds an id: key prefix, pod `5g`, a reserved `0`, nine base-62 digits of the counter, checksum. */
export function makeId(prefix: string, counter: number): string {
  let digits = '';
  let n = counter;
  do {
    digits = BASE62[n % 62] + digits;
    n = Math.floor(n / 62);
  } while (n > 0);
  const id15 = `${prefix}5g0${digits.padStart(9, '0')}`;
  return id15 + checksum(id15);
}

/** Key prefix of the n-th custom object: a00, a01, … a0z, a10, … */
export function customKeyPrefix(index: number): string {
  return `a${BASE62[Math.floor(index / 62) % 62]}${BASE62[index % 62]}`;
}
