/**
 * Fitting text into boxes without a layout engine: jsdom measures nothing and the picture must be
 * the same everywhere, so widths are estimated from the character count. The estimate errs wide,
 * which keeps labels inside their boxes in real browsers.
 */

/** Average advance of a character of the views' sans-serif font, as a share of the font size. */
const CHAR_WIDTH = 0.6;
const ELLIPSIS = '…';

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH;
}

/** How many characters fit into `width` at `fontSize` (at least one). */
function capacity(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
}

export interface FittedText {
  readonly text: string;
  /** True when `text` is shortened: the full text belongs into a `<title>`. */
  readonly truncated: boolean;
}

/** The text shortened with an ellipsis so that it fits `width`. */
export function truncate(text: string, width: number, fontSize: number): FittedText {
  const chars = [...text.trim()];
  const max = capacity(width, fontSize);
  if (chars.length <= max) return { text: chars.join(''), truncated: false };
  return {
    text:
      chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd() + ELLIPSIS,
    truncated: true,
  };
}

export interface WrappedText {
  readonly lines: readonly string[];
  readonly truncated: boolean;
}

/** The text broken at spaces into at most `maxLines` lines of `width`; the last line ellipsised. */
export function wrap(text: string, width: number, fontSize: number, maxLines: number): WrappedText {
  const max = capacity(width, fontSize);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let next = 0;
  while (next < words.length && lines.length < Math.max(1, maxLines)) {
    let line = words[next++]!;
    while (next < words.length && [...line].length + 1 + [...words[next]!].length <= max) {
      line += ` ${words[next++]!}`;
    }
    lines.push(line);
  }
  // What does not fit goes onto the last line, which the ellipsis then cuts.
  if (next < words.length) lines[lines.length - 1] += ` ${words.slice(next).join(' ')}`;
  let truncated = false;
  const fitted = lines.map((line) => {
    const f = truncate(line, width, fontSize);
    truncated ||= f.truncated;
    return f.text;
  });
  return { lines: fitted, truncated };
}
