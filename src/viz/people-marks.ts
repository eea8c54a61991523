import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { BuyingRole, Contact } from '../core/model/index.js';
import { BUYING_ROLES } from '../core/model/values.js';
import type { Group } from './frame.js';
import { ATTITUDE_COLOUR, ATTITUDE_GLYPH, attitudeKey, INK } from './palette.js';

/**
 * What the three people views (sociogram, org chart, buying center) say about a person the same
 * way: role letters, attitude colour with its sign, influence, and one spoken label.
 */

/** The person's roles once each, in the buying center's order. */
export function orderedRoles(roles: readonly BuyingRole[]): BuyingRole[] {
  return BUYING_ROLES.filter((r) => roles.includes(r));
}

export function roleName(role: BuyingRole, lang: Lang): string {
  return t(`role.${role}`, lang);
}

export function roleShort(role: BuyingRole, lang: Lang): string {
  return t(`viz.buyingCenter.roleShort.${role}`, lang);
}

export function attitudeName(attitude: number | undefined, lang: Lang): string {
  const key = attitudeKey(attitude);
  return key === 'unknown' ? t('viz.buyingCenter.attitudeUnknown', lang) : t(`attitude.${key}`, lang);
}

export function influenceText(influence: number | undefined, lang: Lang): string {
  return influence === undefined
    ? t('viz.buyingCenter.influenceUnknown', lang)
    : t('viz.buyingCenter.influence', lang, { value: influence });
}

/** "Dr. Eva Roth — Entscheider, Unterstützer, Einfluss 5", then any markers the view adds. */
export function personLabel(contact: Contact, lang: Lang, extras: readonly string[] = []): string {
  const roles = orderedRoles(contact.roles).map((r) => roleName(r, lang));
  const parts = [
    ...(roles.length > 0 ? roles : [t('viz.buyingCenter.noRole', lang)]),
    attitudeName(contact.attitude, lang),
    influenceText(contact.influence, lang),
    ...extras,
  ];
  return `${contact.name} — ${parts.join(', ')}`;
}

/** A stand-in for an id the view was given but has no contact for, so nobody is silently dropped. */
export function unknownContact(id: string): Contact {
  return { id, name: id, roles: [] };
}

/** Cuts a text to `max` characters with an ellipsis; the caller puts the full text in a `<title>`. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** Text colour on an attitude fill: white on the two dark ends of the scale. */
export function glyphInk(attitude: number | undefined): string {
  const key = attitudeKey(attitude);
  return key === '-2' || key === '2' ? '#ffffff' : INK;
}

/** A circle in the attitude's colour with its sign inside, centred at (x, y). */
export function drawAttitudeDot(
  parent: Group,
  attitude: number | undefined,
  x: number,
  y: number,
  radius: number,
): void {
  const key = attitudeKey(attitude);
  parent
    .append('circle')
    .attr('class', `kam-attitude kam-attitude--${key}`)
    .attr('cx', x)
    .attr('cy', y)
    .attr('r', radius)
    .attr('fill', ATTITUDE_COLOUR[key])
    .attr('stroke', INK)
    .attr('stroke-width', 1);
  parent
    .append('text')
    .attr('class', 'kam-attitude-glyph')
    .attr('x', x)
    .attr('y', y)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('font-size', Math.max(8, Math.round(radius * 1.05)))
    .attr('font-weight', 700)
    .attr('fill', glyphInk(attitude))
    .attr('aria-hidden', 'true')
    .text(ATTITUDE_GLYPH[key]);
}

const BADGE_HEIGHT = 13;
const BADGE_GAP = 2;

function badgeWidth(text: string): number {
  return 7 + 6.5 * [...text].length;
}

/** Total width of a row of role badges. */
export function roleBadgesWidth(roles: readonly BuyingRole[], lang: Lang): number {
  const widths = orderedRoles(roles).map((r) => badgeWidth(roleShort(r, lang)));
  return widths.reduce((sum, w) => sum + w, 0) + BADGE_GAP * Math.max(0, widths.length - 1);
}

/**
 * One small badge per role ("E", "C"), left edge at `x`, vertically centred on `y`; each carries the
 * full role name as its `<title>` so the letter is never the only way to read it.
 */
export function drawRoleBadges(
  parent: Group,
  roles: readonly BuyingRole[],
  lang: Lang,
  x: number,
  y: number,
): void {
  let at = x;
  for (const role of orderedRoles(roles)) {
    const text = roleShort(role, lang);
    const width = badgeWidth(text);
    const badge = parent
      .append('g')
      .attr('class', `kam-badge kam-badge--${role}`)
      .attr('transform', `translate(${at},${y - BADGE_HEIGHT / 2})`);
    badge.append('title').text(roleName(role, lang));
    badge
      .append('rect')
      .attr('width', width)
      .attr('height', BADGE_HEIGHT)
      .attr('rx', 3)
      .attr('fill', INK)
      .attr('fill-opacity', 0.85);
    badge
      .append('text')
      .attr('x', width / 2)
      .attr('y', BADGE_HEIGHT / 2)
      .attr('text-anchor', 'middle')
      .attr('dominant-baseline', 'central')
      .attr('font-size', 9)
      .attr('font-weight', 700)
      .attr('fill', '#ffffff')
      .text(text);
    at += width + BADGE_GAP;
  }
}

/** A text that shows at most `max` characters and keeps the full text in its `<title>`. */
export function appendClippedText(parent: Group, text: string, max: number, className: string) {
  const shown = truncate(text, max);
  const element = parent.append('text').attr('class', className).text(shown);
  if (shown !== text) element.append('title').text(text);
  return element;
}

export const LEGEND_ROW = 16;

/** Legend of the attitude scale, −2 … +2 and unknown, top-left at (x, y); returns its height. */
export function drawAttitudeLegend(parent: Group, lang: Lang, x: number, y: number, heading: string): number {
  const legend = parent
    .append('g')
    .attr('class', 'kam-legend-attitude')
    .attr('transform', `translate(${x},${y})`);
  legend
    .append('text')
    .attr('class', 'kam-legend-heading')
    .attr('font-weight', 700)
    .attr('y', 10)
    .text(heading);
  const values: (number | undefined)[] = [2, 1, 0, -1, -2, undefined];
  values.forEach((attitude, i) => {
    const row = legend.append('g').attr('transform', `translate(0,${LEGEND_ROW * (i + 1)})`);
    drawAttitudeDot(row, attitude, 7, 8, 7);
    row
      .append('text')
      .attr('x', 20)
      .attr('y', 8)
      .attr('dominant-baseline', 'central')
      .text(attitudeName(attitude, lang));
  });
  return LEGEND_ROW * (values.length + 1);
}

/** The explanation drawn instead of a view when there is nothing to show. */
export function drawEmptyMessage(parent: Group, lang: Lang, width: number, height: number): void {
  parent
    .append('text')
    .attr('class', 'kam-empty')
    .attr('x', width / 2)
    .attr('y', height / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('fill', INK)
    .text(t('viz.empty', lang));
}
