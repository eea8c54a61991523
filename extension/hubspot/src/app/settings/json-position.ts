/**
 * Where a JSON text first breaks the grammar, as line and column (both from 1). `JSON.parse` says so in
 * the engine's words and language, sometimes without a position; this scanner finds it the same way in
 * every browser, for a message in the admin's language.
 */

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

class Stop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = ' \t\n\r';
const ESCAPES = '"\\/bfnrt';
const LITERALS = ['true', 'false', 'null'] as const;

/** The offset of the first character that is not JSON, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.includes(text[i]!)) i += 1;
  };
  const take = (ch: string) => {
    if (text[i] !== ch) stop();
    i += 1;
  };
  const string = () => {
    take('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') stop();
      i += 1;
      if (ch === '"') return;
      if (ch === '\\') {
        if (text[i] === 'u') {
          i += 1;
          for (const end = i + 4; i < end; i += 1) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) stop();
        } else if (text[i] === undefined || !ESCAPES.includes(text[i]!)) stop();
        else i += 1;
      }
    }
  };
  const list = (close: string, item: () => void) => {
    i += 1;
    skipSpace();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) {
        i += 1;
        return;
      }
      take(',');
    }
  };
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{')
      return list('}', () => {
        skipSpace();
        string();
        skipSpace();
        take(':');
        value();
      });
    if (ch === '[') return list(']', value);
    if (ch === '"') return string();
    const word = LITERALS.find((w) => w[0] === ch);
    if (word) {
      for (const letter of word) take(letter);
      return;
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) stop();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    skipSpace();
    if (i < text.length) stop();
    return undefined;
  } catch (e) {
    // Anything else (a stack too deep for a pathological text) leaves the position unknown.
    return e instanceof Stop ? e.at : undefined;
  }
}

/** Line and column (from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

/** Where `text` stops being JSON, or undefined when it is JSON. */
export function jsonErrorPosition(text: string): TextPosition | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : positionAt(text, offset);
}
