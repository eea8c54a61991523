import { s } from '../dom.js';

const WIDTH = 64;
const HEIGHT = 18;
const PAD = 2;

/**
 * A small inline line of scores, oldest first, the last point marked; `label` is what a screen
 * reader hears instead. Undefined for fewer than two values (nothing to draw a line between).
 */
export function sparkline(
  doc: Document,
  values: readonly number[],
  label: string,
): SVGSVGElement | undefined {
  if (values.length < 2) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / (values.length - 1);
  // A flat history is a line through the middle, not a division by zero.
  const y = (v: number) => (span === 0 ? HEIGHT / 2 : PAD + ((max - v) * (HEIGHT - 2 * PAD)) / span);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.length - 1;
  return s(
    doc,
    'svg',
    {
      class: 'sparkline',
      width: WIDTH,
      height: HEIGHT,
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-label': label,
    },
    s(doc, 'title', {}, label),
    s(doc, 'polyline', { points, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
    s(doc, 'circle', { cx: x(last).toFixed(1), cy: y(values[last]!).toFixed(1), r: 2, fill: 'currentColor' }),
  );
}
