import { select } from 'd3';
import type { Lang } from '../core/i18n/index.js';
import type { Contact } from '../core/model/index.js';
import type { Group } from './frame.js';
import { focusable } from './frame.js';
import { ATTITUDE_COLOUR, ATTITUDE_GLYPH, attitudeKey, INK } from './palette.js';
import { appendClippedText, drawRoleBadges, glyphInk, personLabel, roleBadgesWidth } from './people-marks.js';
import type { Point } from './sociogram-layout.js';
import { PATH_COLOUR } from './sociogram-edges.js';

export const CHAMPION_GLYPH = '★';
export const BLOCKER_GLYPH = '⊘';
export const HIDDEN_GLYPH = '◆';
export const HIDDEN_COLOUR = '#6a3d9a';
const NAME_CHARS = 18;

/** Radius by the stated influence 1–5; a person whose influence nobody rated is drawn small. */
export function nodeRadius(influence: number | undefined): number {
  return influence === undefined ? 9 : 8 + 3 * influence;
}

/** What the sociogram marks on a person besides attitude, influence and roles. */
export interface PersonMarks {
  readonly onPath: boolean;
  readonly champion: boolean;
  readonly blocker: boolean;
  readonly hiddenInfluencer: boolean;
  /** Role and attitude not confirmed for a long time (buying-center analysis). */
  readonly stale: boolean;
}

export interface NodeText {
  readonly lang: Lang;
  /** Words for the marks, in the order they are read after the person's label. */
  readonly path: string;
  readonly champion: string;
  readonly blocker: string;
  readonly hiddenInfluencer: string;
  readonly stale: string;
}

export interface PlacedPerson {
  readonly contact: Contact;
  readonly at: Point;
  readonly marks: PersonMarks;
}

export function nodeClass(person: PlacedPerson): string {
  const { contact, marks } = person;
  return [
    'kam-node',
    contact.roles.length > 0 && 'kam-node--member',
    contact.influence === undefined && 'kam-node--unrated',
    marks.onPath && 'kam-path',
    marks.champion && 'kam-champion',
    marks.blocker && 'kam-blocker',
    marks.hiddenInfluencer && 'kam-hidden-influencer',
    marks.stale && 'kam-node--stale',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One person: circle sized by influence, attitude colour and sign, role badges above, name below. */
export function drawPeople(
  layer: Group,
  people: readonly PlacedPerson[],
  text: NodeText,
  onSelect?: (id: string) => void,
): void {
  const nodes = layer
    .selectAll<SVGGElement, PlacedPerson>('g.kam-node')
    .data(people, (p) => p.contact.id)
    .join('g')
    .attr('class', nodeClass)
    .attr('data-id', (p) => p.contact.id)
    .attr('transform', (p) => `translate(${p.at.x},${p.at.y})`);

  nodes.each(function (person) {
    drawPerson(select<SVGGElement, unknown>(this), person, text.lang);
  });

  focusable(
    nodes,
    (p) =>
      personLabel(p.contact, text.lang, [
        ...(p.marks.champion ? [text.champion] : []),
        ...(p.marks.blocker ? [text.blocker] : []),
        ...(p.marks.hiddenInfluencer ? [text.hiddenInfluencer] : []),
        ...(p.marks.onPath ? [text.path] : []),
        ...(p.marks.stale ? [text.stale] : []),
      ]),
    (p) => p.contact.id,
    onSelect,
  );
}

function drawPerson(g: Group, person: PlacedPerson, lang: Lang): void {
  const { contact, marks } = person;
  const r = nodeRadius(contact.influence);
  if (marks.hiddenInfluencer) {
    g.append('circle')
      .attr('class', 'kam-marker kam-marker--hidden')
      .attr('r', r + 7)
      .attr('fill', 'none')
      .attr('stroke', HIDDEN_COLOUR)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', '2 2');
  }
  if (marks.onPath) {
    g.append('circle')
      .attr('class', 'kam-marker kam-marker--path')
      .attr('r', r + 4)
      .attr('fill', 'none')
      .attr('stroke', PATH_COLOUR)
      .attr('stroke-width', 5);
  }
  const key = attitudeKey(contact.attitude);
  const circle = g
    .append('circle')
    .attr('class', `kam-node-circle kam-attitude--${key}`)
    .attr('r', r)
    .attr('fill', ATTITUDE_COLOUR[key])
    .attr('stroke', INK)
    // A thicker outline marks a member of the buying center; a dashed one an unrated influence.
    .attr('stroke-width', contact.roles.length > 0 ? 2.5 : 1);
  if (contact.influence === undefined) circle.attr('stroke-dasharray', '3 2');
  g.append('text')
    .attr('class', 'kam-attitude-glyph')
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('font-size', Math.max(9, Math.round(r * 0.8)))
    .attr('font-weight', 700)
    .attr('fill', glyphInk(contact.attitude))
    .attr('aria-hidden', 'true')
    .text(ATTITUDE_GLYPH[key]);

  if (contact.roles.length > 0) {
    drawRoleBadges(g, contact.roles, lang, -roleBadgesWidth(contact.roles, lang) / 2, -r - 10);
  }
  const side = marks.champion ? CHAMPION_GLYPH : marks.blocker ? BLOCKER_GLYPH : undefined;
  if (side) {
    g.append('text')
      .attr('class', `kam-marker ${marks.champion ? 'kam-marker--champion' : 'kam-marker--blocker'}`)
      .attr('x', r + 3)
      .attr('y', -r + 4)
      .attr('font-size', 13)
      .attr('fill', INK)
      .attr('aria-hidden', 'true')
      .text(side);
  }
  if (marks.hiddenInfluencer) {
    g.append('text')
      .attr('class', 'kam-marker kam-marker--hidden-glyph')
      .attr('x', -r - 14)
      .attr('y', -r + 4)
      .attr('font-size', 11)
      .attr('fill', HIDDEN_COLOUR)
      .attr('aria-hidden', 'true')
      .text(HIDDEN_GLYPH);
  }
  appendClippedText(g, contact.name, NAME_CHARS, 'kam-node-name')
    .attr('y', r + 13)
    .attr('text-anchor', 'middle')
    .attr('fill', INK)
    .attr('paint-order', 'stroke')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 3);
}
