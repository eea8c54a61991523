import { select } from 'd3';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { BuyingRole, Contact } from '../core/model/index.js';
import type { Group } from './frame.js';
import { focusable } from './frame.js';
import { INK, MUTED, OVERDUE_COLOUR } from './palette.js';
import { appendClippedText, drawAttitudeDot, personLabel, roleName } from './people-marks.js';

export const CHIP = { width: 184, height: 44, gap: 8 } as const;
/** An empty slot is alone in its lane: wide enough for its text in both languages. */
const SLOT_WIDTH = 250;
const NAME_CHARS = 21;
const DOT_SPACING = 9;

/** A person in one role's lane. Someone with two roles has a chip in each lane. */
export interface Chip {
  readonly contact: Contact;
  readonly role: BuyingRole;
  readonly stale: boolean;
  readonly x: number;
  readonly y: number;
}

/** Influence 1–5 as filled dots; an unrated influence as five dashed rings and a question mark. */
export function drawInfluenceDots(parent: Group, influence: number | undefined, x: number, y: number): void {
  const dots = parent
    .append('g')
    .attr('class', 'kam-influence')
    .attr('data-influence', influence ?? 'unknown')
    .attr('aria-hidden', 'true');
  for (let i = 0; i < 5; i += 1) {
    const dot = dots
      .append('circle')
      .attr('cx', x + i * DOT_SPACING)
      .attr('cy', y)
      .attr('r', 3.2)
      .attr('fill', influence !== undefined && i < influence ? INK : '#ffffff')
      .attr('stroke', influence === undefined ? MUTED : INK);
    if (influence === undefined) dot.attr('stroke-dasharray', '2 1.5');
  }
  if (influence === undefined) {
    dots
      .append('text')
      .attr('x', x + 5 * DOT_SPACING)
      .attr('y', y)
      .attr('dominant-baseline', 'central')
      .attr('font-size', 10)
      .attr('fill', MUTED)
      .text('?');
  }
}

/** The chips: attitude colour and sign, name, influence dots, a clock for details not confirmed lately. */
export function drawChips(
  layer: Group,
  chips: readonly Chip[],
  lang: Lang,
  onSelect?: (id: string) => void,
): void {
  const staleText = t('viz.buyingCenter.stale', lang);
  const nodes = layer
    .selectAll<SVGGElement, Chip>('g.kam-chip')
    .data(chips, (c) => `${c.role}/${c.contact.id}`)
    .join('g')
    .attr('class', (c) => (c.stale ? 'kam-chip kam-chip--stale' : 'kam-chip'))
    .attr('data-id', (c) => c.contact.id)
    .attr('data-role', (c) => c.role)
    .attr('transform', (c) => `translate(${c.x},${c.y})`);
  nodes.each(function (chip) {
    const g = select<SVGGElement, unknown>(this);
    const box = g
      .append('rect')
      .attr('width', CHIP.width)
      .attr('height', CHIP.height)
      .attr('rx', 6)
      .attr('fill', '#ffffff')
      .attr('stroke', chip.stale ? MUTED : INK);
    if (chip.stale) box.attr('stroke-dasharray', '4 3');
    drawAttitudeDot(g, chip.contact.attitude, 19, CHIP.height / 2, 11);
    appendClippedText(g, chip.contact.name, NAME_CHARS, 'kam-chip-name')
      .attr('x', 37)
      .attr('y', 17)
      .attr('font-weight', 700)
      .attr('fill', INK);
    drawInfluenceDots(g, chip.contact.influence, 40, 31);
    if (chip.stale) drawStaleMark(g, CHIP.width - 16, 31, staleText);
  });
  focusable(
    nodes,
    (c) => personLabel(c.contact, lang, c.stale ? [staleText] : []),
    (c) => c.contact.id,
    onSelect,
  );
}

/** A dashed slot where nobody holds the role; a missing key role is drawn in the warning colour. */
export function drawEmptySlot(
  layer: Group,
  role: BuyingRole,
  key: boolean,
  lang: Lang,
  x: number,
  y: number,
): void {
  const state = t(key ? 'viz.buyingCenter.keyRoleNotCovered' : 'viz.buyingCenter.notCovered', lang);
  const slot = layer
    .append('g')
    .attr('class', key ? 'kam-slot kam-slot--empty kam-slot--key-missing' : 'kam-slot kam-slot--empty')
    .attr('data-role', role)
    .attr('transform', `translate(${x},${y})`);
  slot
    .append('rect')
    .attr('width', SLOT_WIDTH)
    .attr('height', CHIP.height)
    .attr('rx', 6)
    .attr('fill', key ? '#fff5f0' : 'none')
    .attr('stroke', key ? OVERDUE_COLOUR : MUTED)
    .attr('stroke-width', key ? 2 : 1)
    .attr('stroke-dasharray', '5 4');
  slot
    .append('text')
    .attr('x', SLOT_WIDTH / 2)
    .attr('y', CHIP.height / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('font-weight', key ? 700 : 400)
    .attr('fill', key ? OVERDUE_COLOUR : MUTED)
    .text(key ? `! ${state}` : state);
  focusable(slot, () => t('viz.buyingCenter.slotLabel', lang, { role: roleName(role, lang), state }));
}

/** A small clock: details nobody confirmed for a long time. Drawn, so it shows without an emoji font. */
export function drawStaleMark(parent: Group, x: number, y: number, text: string): void {
  const mark = parent.append('g').attr('class', 'kam-stale-mark').attr('transform', `translate(${x},${y})`);
  mark.append('title').text(text);
  mark.append('circle').attr('r', 6).attr('fill', '#ffffff').attr('stroke', MUTED).attr('stroke-width', 1.5);
  mark
    .append('path')
    .attr('d', 'M0,-3.5V0H3')
    .attr('fill', 'none')
    .attr('stroke', MUTED)
    .attr('stroke-width', 1.5)
    .attr('stroke-linecap', 'round');
}
