import type { OrgChart, OrgChartNode } from '../core/analysis/org-chart.js';
import { uniqueContacts } from '../core/analysis/people.js';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { Contact } from '../core/model/index.js';
import type { Group } from './frame.js';
import { frameSize, prepareFrame } from './frame.js';
import type { BoxSize, ReportingLine } from './org-chart-layout.js';
import { layoutForest, layoutRows } from './org-chart-layout.js';
import type { FlagTexts, PersonBox } from './org-chart-box.js';
import { drawPersonBoxes, FLAG_SPACE } from './org-chart-box.js';
import { MUTED } from './palette.js';
import { drawEmptyMessage, unknownContact } from './people-marks.js';
import type { Renderer } from './types.js';

export interface OrgChartData {
  readonly contacts: readonly Contact[];
  readonly orgChart: OrgChart;
}

const FALLBACK_SIZE = { width: 720, height: 400 };
const MARGIN = 16;
const BOX: BoxSize = { width: 172, height: 62, gapX: 14, gapY: 34 };
/** Below this the text gets too small to read: the chart grows wider instead (the container scrolls). */
const MIN_SCALE = 0.6;
/** The heading of the people outside the trees, and room for their flags. */
const HEADING_SPACE = 24 + FLAG_SPACE;

/**
 * The Organigramm: a tidy tree of the reporting lines, several parts side by side. People who
 * report to nobody in the chart and have nobody reporting to them, and contacts the chart does not
 * contain, are listed below the trees rather than lost. The height follows the depth; a wide chart
 * is scaled down to the width, and grows wider only when it would become unreadable.
 */
export const renderOrgChart: Renderer<OrgChartData> = (element, data, options) => {
  const { lang } = options;
  const { orgChart } = data;
  const contacts = uniqueContacts(data.contacts);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const contactOf = (id: string) => byId.get(id) ?? unknownContact(id);

  const trees = orgChart.roots.filter((r) => r.children.length > 0);
  const inChart = new Set<string>();
  const visit = (n: OrgChartNode) => {
    inChart.add(n.contactId);
    n.children.forEach(visit);
  };
  orgChart.roots.forEach(visit);
  const loose: PersonBox[] = [
    ...orgChart.roots
      .filter((r) => r.children.length === 0)
      .map((node) => ({ contact: contactOf(node.contactId), node })),
    ...contacts.filter((c) => !inChart.has(c.id)).map((contact) => ({ contact })),
  ];

  const size = frameSize(element, options, FALLBACK_SIZE);
  const forest = layoutForest(trees, BOX);
  const available = size.width - 2 * MARGIN;
  const scale = forest.width > available ? Math.max(MIN_SCALE, available / forest.width) : 1;
  const width = Math.max(size.width, Math.round(forest.width * scale + 2 * MARGIN));
  // People outside the trees at the trees' scale, so all boxes read the same.
  const rows = layoutRows(loose, BOX, (width - 2 * MARGIN) / scale);
  // Top to bottom: the trees, then the heading and rows of people outside them; room for flags above each.
  const treeTop = MARGIN + FLAG_SPACE;
  const looseTop = trees.length > 0 ? treeTop + forest.height * scale + MARGIN : MARGIN;
  const contentBottom =
    loose.length > 0 ? looseTop + (HEADING_SPACE + rows.height) * scale : looseTop - MARGIN;
  const empty = trees.length === 0 && loose.length === 0;
  const height = empty ? size.height : Math.ceil(contentBottom + MARGIN);

  const frame = prepareFrame(
    element,
    'org-chart',
    { width, height },
    {
      title: t('viz.orgChart.title', lang),
      description: t('viz.orgChart.description', lang, {
        people: inChart.size + loose.filter((p) => !p.node).length,
        levels: orgChart.depth,
      }),
    },
  );
  if (empty) {
    drawEmptyMessage(frame.root, lang, width, height);
    return { width, height };
  }
  const flags = flagTexts(orgChart, contactOf, lang);

  if (trees.length > 0) {
    const offsetX = MARGIN + Math.max(0, (available - forest.width * scale) / 2);
    const chart = frame.root
      .append('g')
      .attr('class', 'kam-forest')
      .attr('transform', `translate(${round(offsetX)},${treeTop}) scale(${round(scale)})`);
    drawReportingLines(chart.append('g').attr('class', 'kam-links'), forest.lines);
    drawPersonBoxes(
      chart.append('g').attr('class', 'kam-nodes'),
      forest.boxes.map((b) => ({ contact: contactOf(b.node.contactId), node: b.node, x: b.x, y: b.y })),
      BOX,
      flags,
      lang,
      options.onSelect,
    );
  }
  if (loose.length > 0) {
    const group = frame.root
      .append('g')
      .attr('class', 'kam-org-loose')
      .attr('transform', `translate(${MARGIN},${round(looseTop)}) scale(${round(scale)})`);
    group
      .append('text')
      .attr('class', 'kam-org-loose-heading')
      .attr('y', 12)
      .attr('font-weight', 700)
      .text(t('viz.orgChart.noManager', lang));
    drawPersonBoxes(
      group.append('g').attr('class', 'kam-nodes').attr('transform', `translate(0,${HEADING_SPACE})`),
      rows.placed.map((p) => ({ ...p.item, x: p.x, y: p.y })),
      BOX,
      flags,
      lang,
      options.onSelect,
    );
  }
  return { width, height };
};

function flagTexts(chart: OrgChart, contactOf: (id: string) => Contact, lang: Lang): FlagTexts {
  const conflicts = new Map(chart.conflicts.map((c) => [c.contactId, c.otherManagerIds]));
  return {
    managerUnknown: t('viz.orgChart.managerUnknown', lang),
    managerDropped: (managerId) =>
      t('viz.orgChart.managerDropped', lang, { manager: contactOf(managerId).name }),
    managerConflict: (contactId) => {
      const others = conflicts.get(contactId);
      return others
        ? t('viz.orgChart.managerConflict', lang, {
            others: others.map((id) => contactOf(id).name).join(', '),
          })
        : undefined;
    },
    notInChart: t('viz.orgChart.notInChart', lang),
  };
}

function drawReportingLines(layer: Group, lines: readonly ReportingLine[]): void {
  for (const line of lines) {
    const midY = (line.from.y + line.to.y) / 2;
    layer
      .append('path')
      .attr('class', 'kam-link')
      .attr('data-from', line.reportId)
      .attr('data-to', line.managerId)
      .attr('d', `M${line.from.x},${line.from.y}V${midY}H${line.to.x}V${line.to.y}`)
      .attr('fill', 'none')
      .attr('stroke', MUTED)
      .attr('stroke-width', 1.5);
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
