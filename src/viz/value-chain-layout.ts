import type { PorterActivity } from '../core/model/index.js';
import { PRIMARY_ACTIVITIES, SUPPORT_ACTIVITIES } from '../core/model/values.js';

/**
 * Geometry of Porter's value chain: four support activities as bars across the top, five primary
 * activities as chevrons below them, the margin as the arrowhead on the right, a legend row below.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ActivityShape {
  readonly activity: PorterActivity;
  readonly kind: 'primary' | 'support';
  /** Polygon points of the outline (`x,y x,y …`). */
  readonly points: string;
  /** Where text and notes go, inside the outline. */
  readonly content: Box;
}

export interface ValueChainLayout {
  readonly activities: readonly ActivityShape[];
  readonly margin: { readonly points: string; readonly label: { readonly x: number; readonly y: number } };
  /** Centres of the rotated group labels on the left; `length` is the room along the text. */
  readonly groupLabels: {
    readonly support: { readonly x: number; readonly y: number; readonly length: number };
    readonly primary: { readonly x: number; readonly y: number; readonly length: number };
  };
  readonly legend: Box;
}

const PAD = 8;
const SIDE_LABEL = 20;
const LEGEND_HEIGHT = 28;
const GAP = 6;
const BAR_GAP = 3;
/** Share of the chain's height the support bars take. */
const SUPPORT_SHARE = 0.42;

const r1 = (v: number) => Math.round(v * 10) / 10;
const polygon = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');

export function valueChainLayout(width: number, height: number): ValueChainLayout {
  const marginWidth = Math.min(80, Math.max(36, width * 0.07));
  const left = PAD + SIDE_LABEL;
  const right = width - PAD - marginWidth;
  const top = PAD;
  const bottom = height - PAD - LEGEND_HEIGHT;
  const supportHeight = (bottom - top) * SUPPORT_SHARE;
  const primaryTop = top + supportHeight + GAP;

  const barHeight = (supportHeight - BAR_GAP * (SUPPORT_ACTIVITIES.length - 1)) / SUPPORT_ACTIVITIES.length;
  const support: ActivityShape[] = SUPPORT_ACTIVITIES.map((activity, i) => {
    const y = top + i * (barHeight + BAR_GAP);
    return {
      activity,
      kind: 'support',
      points: polygon([
        [left, y],
        [right, y],
        [right, y + barHeight],
        [left, y + barHeight],
      ]),
      content: { x: r1(left + 6), y: r1(y + 2), width: r1(right - left - 12), height: r1(barHeight - 4) },
    };
  });

  // The last chevron's tip ends where the margin begins.
  const tip = Math.min(16, ((right - left) / PRIMARY_ACTIVITIES.length) * 0.15);
  const columnWidth = (right - left - tip) / PRIMARY_ACTIVITIES.length;
  const middle = (primaryTop + bottom) / 2;
  const primary: ActivityShape[] = PRIMARY_ACTIVITIES.map((activity, i) => {
    const x = left + i * columnWidth;
    const notch: (readonly [number, number])[] = i === 0 ? [] : [[x + tip, middle]];
    const inset = i === 0 ? 4 : tip + 4;
    return {
      activity,
      kind: 'primary',
      points: polygon([
        [x, primaryTop],
        [x + columnWidth, primaryTop],
        [x + columnWidth + tip, middle],
        [x + columnWidth, bottom],
        [x, bottom],
        ...notch,
      ]),
      content: {
        x: r1(x + inset),
        y: r1(primaryTop + 4),
        width: r1(columnWidth - inset - 4),
        height: r1(bottom - primaryTop - 8),
      },
    };
  });

  return {
    activities: [...support, ...primary],
    margin: {
      points: polygon([
        [right, top],
        [width - PAD, (top + bottom) / 2],
        [right, bottom],
      ]),
      label: { x: r1(right + marginWidth * 0.38), y: r1((top + bottom) / 2) },
    },
    groupLabels: {
      support: { x: PAD + 12, y: r1(top + supportHeight / 2), length: r1(supportHeight) },
      primary: { x: PAD + 12, y: r1(middle), length: r1(bottom - primaryTop) },
    },
    legend: { x: left, y: r1(bottom + 8), width: r1(width - PAD - left), height: LEGEND_HEIGHT - 8 },
  };
}

export interface NoteSlots {
  /** Where the activity's name goes. */
  readonly label: Box;
  /** One box per shown note, in the order given. */
  readonly slots: readonly Box[];
  /** Notes that did not fit, and where "+n more" goes. */
  readonly hidden: number;
  readonly more: { readonly x: number; readonly y: number } | undefined;
}

const HEADER = 32;
const ONE_LINE = 20;
const TWO_LINES = 36;
const NOTE_GAP = 4;
const MORE_LINE = 14;
const MIN_CHIP_WIDTH = 90;
const MAX_CHIP_WIDTH = 220;

/**
 * Boxes for an activity's notes: stacked under the name in a chevron, side by side after the name
 * in a bar. A note with a contribution needs two lines in a chevron; what does not fit is counted.
 */
export function noteSlots(shape: ActivityShape, withContribution: readonly boolean[]): NoteSlots {
  const c = shape.content;
  if (shape.kind === 'primary') {
    const label = { x: c.x, y: c.y, width: c.width, height: HEADER };
    const bottom = c.y + c.height;
    const slots: Box[] = [];
    let y = c.y + HEADER + 2;
    for (let i = 0; i < withContribution.length; i++) {
      const h = withContribution[i] ? TWO_LINES : ONE_LINE;
      const last = i === withContribution.length - 1;
      if (y + h + (last ? 0 : MORE_LINE + NOTE_GAP) > bottom) break;
      slots.push({ x: c.x, y: r1(y), width: c.width, height: h });
      y += h + NOTE_GAP;
    }
    const hidden = withContribution.length - slots.length;
    return { label, slots, hidden, more: hidden > 0 ? { x: c.x, y: r1(y + 10) } : undefined };
  }
  const labelWidth = Math.min(220, c.width * 0.3);
  const label = { x: c.x, y: c.y, width: labelWidth, height: c.height };
  const room = c.width - labelWidth - NOTE_GAP;
  const count = withContribution.length;
  const chip = Math.min(MAX_CHIP_WIDTH, count > 0 ? room / count - NOTE_GAP : room);
  const width = Math.max(MIN_CHIP_WIDTH, chip);
  let fits = count;
  if (chip < MIN_CHIP_WIDTH) {
    // Keep room for "+n more" after the chips that fit.
    fits = Math.max(0, Math.floor((room - 70) / (MIN_CHIP_WIDTH + NOTE_GAP)));
  }
  const slots: Box[] = [];
  for (let i = 0; i < Math.min(fits, count); i++) {
    const x = c.x + labelWidth + NOTE_GAP + i * (width + NOTE_GAP);
    slots.push({ x: r1(x), y: c.y, width: r1(width), height: c.height });
  }
  const hidden = count - slots.length;
  const moreX = c.x + labelWidth + NOTE_GAP + slots.length * (width + NOTE_GAP);
  return {
    label,
    slots,
    hidden,
    more: hidden > 0 ? { x: r1(moreX), y: r1(c.y + c.height / 2 + 4) } : undefined,
  };
}

/** True when a note's box has room for its contribution on a line of its own. */
export function hasSecondLine(slot: Box): boolean {
  return slot.height >= TWO_LINES - 4;
}
