/**
 * `a=1&b=x` in a URL fragment. Decoded by hand rather than with URLSearchParams, which would turn a
 * `+` of a token into a space; a malformed escape keeps its raw text.
 */
export function parseParams(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    if (!name || out.has(name)) continue;
    out.set(name, eq < 0 ? '' : decode(part.slice(eq + 1)));
  }
  return out;
}

/** `a=1&b=x`, in the order given, empty values left out. */
export function formatParams(entries: readonly (readonly [string, string | undefined])[]): string {
  return entries
    .filter((e): e is readonly [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
