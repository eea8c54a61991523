/** Small text helpers for generated names, e-mail addresses and file names. */

const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
};

/** ASCII spelling as German mail servers write names: ä → ae, ß → ss, other accents dropped. */
export function transliterate(text: string): string {
  return text
    .replace(/[äöüÄÖÜßłŁøØ]/g, (ch) => GERMAN_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case ASCII words joined by `separator`, e.g. "Brenner Hydraulik" → "brenner-hydraulik". */
export function slugify(text: string, separator = '-'): string {
  return transliterate(text)
    .toLowerCase()
    .replace(/&/g, ' und ')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

/** Replaces `{name}` placeholders; unknown ones stay visible. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Zero-padded sequence number for record ids: 7 → "07". */
export function seq(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
