import { select } from 'd3';
import type { OrgChartNode } from '../core/analysis/org-chart.js';
import type { Lang } from '../core/i18n/index.js';
import type { Contact } from '../core/model/index.js';
import type { Group } from './frame.js';
import { focusable } from './frame.js';
import type { BoxSize } from './org-chart-layout.js';
import { INK, MUTED, OVERDUE_COLOUR } from './palette.js';
import { appendClippedText, drawAttitudeDot, drawRoleBadges, personLabel } from './people-marks.js';

/** A person in the Organigramm; `node` is absent for a contact the chart does not contain. */
export interface PersonBox {
  readonly contact: Contact;
  readonly node?: OrgChartNode;
}

/** What a box says about its reporting line, beyond the line itself. */
export interface FlagTexts {
  readonly managerUnknown: string;
  readonly managerDropped: (managerId: string) => string;
  /** Other recorded managers of a contact, if there is such a conflict. */
  readonly managerConflict: (contactId: string) => string | undefined;
  readonly notInChart: string;
}

/** Room above a box for its flags. */
export const FLAG_SPACE = 26;

interface Flag {
  readonly className: string;
  readonly glyph: string;
  readonly text: string;
}

const NAME_CHARS = 21;
const TITLE_CHARS = 23;

function flagsOf(box: PersonBox, texts: FlagTexts): Flag[] {
  const flags: Flag[] = [];
  const { node } = box;
  if (!node) flags.push({ className: 'kam-node--not-in-chart', glyph: '∅', text: texts.notInChart });
  if (node?.managerUnknown !== undefined) {
    flags.push({ className: 'kam-node--manager-unknown', glyph: '↑?', text: texts.managerUnknown });
  }
  if (node?.managerDropped !== undefined) {
    const text = texts.managerDropped(node.managerDropped);
    flags.push({ className: 'kam-node--manager-dropped', glyph: '↺', text });
  }
  const conflict = texts.managerConflict(box.contact.id);
  if (conflict !== undefined)
    flags.push({ className: 'kam-node--manager-conflict', glyph: '⚠', text: conflict });
  return flags;
}

/**
 * One box per person: attitude colour and sign, name, job title, role badges; a flag above the box
 * for a reporting line the chart could not draw (manager not a contact, cut cycle, contradicting
 * managers), each explained in its `<title>` and in the box's spoken label.
 */
export function drawPersonBoxes(
  layer: Group,
  boxes: readonly (PersonBox & { readonly x: number; readonly y: number })[],
  size: BoxSize,
  texts: FlagTexts,
  lang: Lang,
  onSelect?: (id: string) => void,
): void {
  const withFlags = boxes.map((box) => ({ ...box, flags: flagsOf(box, texts) }));
  const nodes = layer
    .selectAll<SVGGElement, (typeof withFlags)[number]>('g.kam-node')
    .data(withFlags, (b) => b.contact.id)
    .join('g')
    .attr('class', (b) => ['kam-node', ...b.flags.map((f) => f.className)].join(' '))
    .attr('data-id', (b) => b.contact.id)
    .attr('transform', (b) => `translate(${b.x},${b.y})`);

  nodes.each(function (box) {
    const g = select<SVGGElement, unknown>(this);
    drawBox(g, box.contact, size, lang);
    box.flags.forEach((flag, i) => drawFlag(g, flag, size, i));
  });
  focusable(
    nodes,
    (b) =>
      personLabel(b.contact, lang, [b.contact.jobTitle ?? '', ...b.flags.map((f) => f.text)].filter(Boolean)),
    (b) => b.contact.id,
    onSelect,
  );
}

function drawBox(g: Group, contact: Contact, size: BoxSize, lang: Lang): void {
  g.append('rect')
    .attr('class', 'kam-box')
    .attr('width', size.width)
    .attr('height', size.height)
    .attr('rx', 5)
    .attr('fill', '#ffffff')
    .attr('stroke', contact.roles.length > 0 ? INK : MUTED)
    .attr('stroke-width', contact.roles.length > 0 ? 1.6 : 1);
  drawAttitudeDot(g, contact.attitude, 17, 19, 10);
  appendClippedText(g, contact.name, NAME_CHARS, 'kam-node-name')
    .attr('x', 33)
    .attr('y', 18)
    .attr('font-weight', 700)
    .attr('fill', INK);
  if (contact.jobTitle) {
    appendClippedText(g, contact.jobTitle, TITLE_CHARS, 'kam-node-title')
      .attr('x', 33)
      .attr('y', 33)
      .attr('font-size', 11)
      .attr('fill', MUTED);
  }
  drawRoleBadges(g, contact.roles, lang, 33, size.height - 13);
}

/** A small tag above the box's top edge, next to a dashed stub that says "a line is missing here". */
function drawFlag(g: Group, flag: Flag, size: BoxSize, index: number): void {
  const x = size.width - 14 - index * 26;
  const tag = g.append('g').attr('class', `kam-flag ${flag.className.replace('kam-node--', 'kam-flag--')}`);
  tag.append('title').text(flag.text);
  tag
    .append('path')
    .attr('d', `M${x},0V-10`)
    .attr('stroke', OVERDUE_COLOUR)
    .attr('stroke-dasharray', '2 2')
    .attr('fill', 'none');
  tag
    .append('text')
    .attr('x', x)
    .attr('y', -13)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .attr('font-weight', 700)
    .attr('fill', OVERDUE_COLOUR)
    .text(flag.glyph);
}
