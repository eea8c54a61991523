import type { BuyingCenterCoverage } from '../core/analysis/buying-center.js';
import { KEY_ROLES } from '../core/analysis/buying-center.js';
import { uniqueContacts } from '../core/analysis/people.js';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { Contact } from '../core/model/index.js';
import { BUYING_ROLES } from '../core/model/values.js';
import type { Chip } from './buying-center-chips.js';
import { CHIP, drawChips, drawEmptySlot, drawInfluenceDots, drawStaleMark } from './buying-center-chips.js';
import type { Group } from './frame.js';
import { frameSize, prepareFrame } from './frame.js';
import { INK, MUTED } from './palette.js';
import {
  drawAttitudeLegend,
  drawEmptyMessage,
  drawRoleBadges,
  LEGEND_ROW,
  roleName,
  unknownContact,
} from './people-marks.js';
import type { Renderer } from './types.js';

export interface BuyingCenterData {
  readonly contacts: readonly Contact[];
  readonly buyingCenter: BuyingCenterCoverage;
}

const FALLBACK_SIZE = { width: 720, height: 480 };
const MARGIN = 16;
const HEADER = 30;
const LABEL_WIDTH = 150;
const LANE_PADDING = 8;
const LANE_MIN_HEIGHT = 46;
const LEGEND_HEIGHT = 7 * LEGEND_ROW + MARGIN;

interface Lane {
  readonly role: (typeof BUYING_ROLES)[number];
  readonly key: boolean;
  readonly contacts: readonly Contact[];
  readonly top: number;
  readonly height: number;
  readonly perRow: number;
}

/**
 * The Buying Center: one lane per role, the people who hold it as chips (attitude colour and
 * sign, influence dots, stale details marked), empty roles as dashed slots, a missing key role in
 * the warning colour. The height follows the number of people.
 */
export const renderBuyingCenter: Renderer<BuyingCenterData> = (element, data, options) => {
  const { lang } = options;
  const { buyingCenter } = data;
  const size = frameSize(element, options, FALLBACK_SIZE);
  const byId = new Map(uniqueContacts(data.contacts).map((c) => [c.id, c]));
  const chipsLeft = MARGIN + LABEL_WIDTH;
  const perRow = Math.max(
    1,
    Math.floor((size.width - chipsLeft - MARGIN + CHIP.gap) / (CHIP.width + CHIP.gap)),
  );

  let top = MARGIN + HEADER;
  const lanes: Lane[] = BUYING_ROLES.map((role) => {
    const contacts = (buyingCenter.members[role] ?? []).map((id) => byId.get(id) ?? unknownContact(id));
    const rows = Math.max(1, Math.ceil(contacts.length / perRow));
    const height = Math.max(
      LANE_MIN_HEIGHT + 2 * LANE_PADDING,
      rows * (CHIP.height + CHIP.gap) - CHIP.gap + 2 * LANE_PADDING,
    );
    const lane = { role, key: KEY_ROLES.includes(role), contacts, top, height, perRow };
    top += height;
    return lane;
  });
  const members = new Set(lanes.flatMap((l) => l.contacts.map((c) => c.id)));
  const empty = byId.size === 0 && members.size === 0;
  const width = size.width;
  const height = empty ? size.height : top + MARGIN + LEGEND_HEIGHT;

  const frame = prepareFrame(
    element,
    'buying-center',
    { width, height },
    {
      title: t('viz.buyingCenter.title', lang),
      description: t('viz.buyingCenter.description', lang, {
        people: members.size,
        covered: buyingCenter.keyRolesCovered.length,
        keyRoles: KEY_ROLES.length,
      }),
    },
  );
  if (empty) {
    drawEmptyMessage(frame.root, lang, width, height);
    return { width, height };
  }
  frame.root
    .append('text')
    .attr('class', 'kam-coverage')
    .attr('x', MARGIN)
    .attr('y', MARGIN + 12)
    .attr('font-weight', 700)
    .attr('fill', INK)
    .text(t('viz.buyingCenter.coverage', lang, { coverage: { percent: buyingCenter.coverage } }));

  const stale = new Set(buyingCenter.staleContactIds);
  const chips: Chip[] = [];
  lanes.forEach((lane, index) => {
    drawLane(frame.root, lane, index, width, lang);
    lane.contacts.forEach((contact, i) =>
      chips.push({
        contact,
        role: lane.role,
        stale: stale.has(contact.id),
        x: chipsLeft + (i % lane.perRow) * (CHIP.width + CHIP.gap),
        y: lane.top + LANE_PADDING + Math.floor(i / lane.perRow) * (CHIP.height + CHIP.gap),
      }),
    );
    if (lane.contacts.length === 0) {
      drawEmptySlot(frame.root, lane.role, lane.key, lang, chipsLeft, lane.top + LANE_PADDING);
    }
  });
  drawChips(frame.root.append('g').attr('class', 'kam-chips'), chips, lang, options.onSelect);
  drawLegend(frame.root, lang, top + MARGIN);
  return { width, height };
};

/** The lane's band and its label: role name, role letter, and whether it is a key role. */
function drawLane(root: Group, lane: Lane, index: number, width: number, lang: Lang): void {
  const band = root
    .append('g')
    .attr('class', `kam-lane kam-lane--${lane.role}${lane.key ? ' kam-lane--key' : ''}`)
    .attr('data-role', lane.role);
  band
    .append('rect')
    .attr('x', MARGIN / 2)
    .attr('y', lane.top)
    .attr('width', width - MARGIN)
    .attr('height', lane.height)
    .attr('fill', index % 2 === 0 ? '#f7f7f7' : '#ffffff');
  band
    .append('text')
    .attr('class', 'kam-lane-label')
    .attr('x', MARGIN)
    .attr('y', lane.top + LANE_PADDING + 14)
    .attr('font-weight', 700)
    .attr('fill', INK)
    .text(roleName(lane.role, lang));
  drawRoleBadges(band, [lane.role], lang, MARGIN, lane.top + LANE_PADDING + 31);
  if (lane.key) {
    band
      .append('text')
      .attr('x', MARGIN + 26)
      .attr('y', lane.top + LANE_PADDING + 31)
      .attr('dominant-baseline', 'central')
      .attr('font-size', 11)
      .attr('fill', MUTED)
      .text(t('viz.buyingCenter.keyRole', lang));
  }
}

function drawLegend(root: Group, lang: Lang, top: number): void {
  const legend = root.append('g').attr('class', 'kam-legend').attr('aria-label', t('viz.legend', lang));
  drawAttitudeLegend(legend, lang, MARGIN, top, t('viz.sociogram.legend.attitude', lang));
  const right = legend.append('g').attr('transform', `translate(${MARGIN + 200},${top})`);
  right
    .append('text')
    .attr('class', 'kam-legend-heading')
    .attr('y', 10)
    .attr('font-weight', 700)
    .text(t('viz.buyingCenter.legend.influence', lang));
  [5, 3, 1, undefined].forEach((influence, i) => {
    const y = LEGEND_ROW * (i + 1) + 8;
    drawInfluenceDots(right, influence, 4, y);
    right
      .append('text')
      .attr('x', 64)
      .attr('y', y)
      .attr('dominant-baseline', 'central')
      .text(influence === undefined ? t('viz.buyingCenter.influenceUnknown', lang) : String(influence));
  });
  const staleRow = LEGEND_ROW * 5 + 8;
  drawStaleMark(right, 7, staleRow, t('viz.buyingCenter.stale', lang));
  right
    .append('text')
    .attr('x', 20)
    .attr('y', staleRow)
    .attr('dominant-baseline', 'central')
    .text(t('viz.buyingCenter.stale', lang));
}
