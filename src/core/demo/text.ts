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

const slugCache = new Map<string, string>();

/** Lower-case ASCII words joined by `separator`, e.g. "Brenner Hydraulik" → "brenner-hydraulik". */
export function slugify(text: string, separator = '-'): string {
  const key = `${separator}${text}`;
  let slug = slugCache.get(key);
  if (slug === undefined) {
    slug = transliterate(text)
      .toLowerCase()
      .replace(/&/g, ' und ')
      .replace(/[^a-z0-9]+/g, separator)
      .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
    // Names come from small tables; the bound only guards against unbounded inputs.
    if (slugCache.size > 10_000) slugCache.clear();
    slugCache.set(key, slug);
  }
  return slug;
}

/** A template split at its placeholders: literal, name, literal, name, …, literal. */
const compiled = new Map<string, readonly string[]>();

/** Replaces `{name}` placeholders; unknown ones stay visible. Templates are constants, so their split is cached. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]!];
    out += (value === undefined ? `{${parts[i]!}}` : `${value}`) + parts[i + 1]!;
  }
  return out;
}

/** Zero-padded sequence number for record ids: 7 → "07". */
export function seq(n: number, width = 2): string {
  return `${n}`.padStart(width, '0');
}
