import type { ActionFlag, PlanAnalysis } from '../core/analysis/plan.js';
import type { Lang, MessageKey } from '../core/i18n/index.js';
import { formatDate, t } from '../core/i18n/index.js';
import type { Action, ActionStatus } from '../core/model/index.js';
import { addDays } from '../core/time.js';
import { emptyMessage, fittedText } from './fitted-text.js';
import type { LegendItem } from './flow-legend.js';
import { flowLegend, glyphSwatch, LEGEND_ROW_HEIGHT, legendRows, squareSwatch } from './flow-legend.js';
import type { Group } from './frame.js';
import { focusable, frameSize, prepareFrame } from './frame.js';
import { textWidth } from './label-layout.js';
import { INK, MUTED, OVERDUE_COLOUR, STATUS_COLOUR } from './palette.js';
import { drawGoals, goalLegend, goalsHeight } from './timeline-goals.js';
import type { Month } from './timeline-layout.js';
import { byStart, dayScale, monthLabelStep, monthsOf, timeRange } from './timeline-layout.js';
import type { Renderer } from './types.js';

/** Maßnahmenplanung über die Zeitachse: the actions as a Gantt chart, the goals per year below. */
export interface TimelineData {
  readonly actions: readonly Action[];
  readonly plan: PlanAnalysis;
  /** `YYYY-MM-DD`: where the today line goes (renderers never read the clock). */
  readonly today: string;
  readonly currency: string;
}

/** The status said by a sign too, not only by colour. */
const STATUS_ICON: Readonly<Record<ActionStatus, string>> = {
  planned: '○',
  in_progress: '▶',
  done: '✓',
  cancelled: '✕',
};
const TEXT_ON: Readonly<Record<ActionStatus, string>> = {
  planned: INK,
  in_progress: '#ffffff',
  done: '#ffffff',
  cancelled: INK,
};

const PAD = 10;
const AXIS = 34;
const ROW = 22;
const BAR = 14;
const TODAY_LABEL = 18;
const FONT = 11;

export const renderTimeline: Renderer<TimelineData> = (svg, data, options) => {
  const { lang } = options;
  const { plan, today } = data;
  const actions = byStart(data.actions);
  const overdue = new Map(plan.actions.overdue.map((f) => [f.actionId, f]));
  const range = timeRange(actions, today);
  const legendItems = legend(lang);
  const legendHeight =
    legendRows(
      legendItems.map((i) => i.text),
      (options.width ?? 900) - 2 * PAD,
    ) * LEGEND_ROW_HEIGHT;
  const ganttHeight = AXIS + Math.max(1, actions.length) * ROW + TODAY_LABEL;
  const size = frameSize(svg, options, {
    width: 900,
    height: 2 * PAD + ganttHeight + 8 + goalsHeight(plan.goals) + 8 + legendHeight,
  });
  const frame = prepareFrame(svg, 'timeline', size, {
    title: t('viz.timeline.title', lang),
    description: t('viz.timeline.description', lang, {
      total: actions.length,
      done: plan.actions.done,
      overdue: plan.actions.overdue.length,
      from: { date: range.start },
      to: { date: addDays(range.end, -1) },
    }),
  });
  const { root, width, height } = frame;
  if (actions.length === 0 && plan.goals.length === 0) {
    emptyMessage(root, t('viz.empty', lang), { x: width / 2, y: height / 2, width: width - 2 * PAD });
    return { width, height };
  }

  const labelWidth = Math.min(220, width * 0.26);
  const left = PAD + labelWidth;
  const right = width - PAD;
  const x = dayScale(range, left, right);
  const months = monthsOf(range);
  const rowsTop = PAD + AXIS;
  const rowsBottom = rowsTop + Math.max(1, actions.length) * ROW;
  drawAxis(root, months, x, { top: PAD, bottom: rowsBottom, end: range.end }, lang);

  if (actions.length === 0) {
    fittedText(root, t('viz.timeline.noActions', lang), {
      x: left + 8,
      y: rowsTop + ROW / 2 + 4,
      width: right - left - 16,
      fontSize: FONT,
      className: 'kam-no-actions',
      fill: MUTED,
    });
  }
  const rows = root.append('g').attr('class', 'kam-actions');
  actions.forEach((action, i) =>
    drawAction(rows, action, overdue.get(action.id), {
      top: rowsTop + i * ROW,
      x,
      labelWidth,
      right,
      lang,
      onSelect: options.onSelect,
    }),
  );

  const todayX = x(today);
  const line = root.append('g').attr('class', 'kam-today').attr('data-date', today);
  line
    .append('line')
    .attr('class', 'kam-today-line')
    .attr('x1', todayX)
    .attr('x2', todayX)
    .attr('y1', PAD + 14)
    .attr('y2', rowsBottom + 4)
    .attr('stroke', INK)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '6 3');
  line
    .append('text')
    .attr('class', 'kam-today-label')
    .attr('x', todayX)
    .attr('y', rowsBottom + 15)
    .attr('text-anchor', todayX > right - 80 ? 'end' : 'middle')
    .attr('font-size', FONT)
    .attr('font-weight', 'bold')
    .text(`${t('viz.timeline.today', lang)} · ${formatDate(today, lang)}`);

  drawGoals(
    root,
    plan.goals,
    { x: PAD, y: PAD + ganttHeight + 8, width: width - 2 * PAD, labelWidth },
    lang,
    data.currency,
  );
  flowLegend(root, legendItems, { x: PAD, y: height - PAD - legendHeight, width: width - 2 * PAD });
  return { width, height };
};

function drawAxis(
  root: Group,
  months: readonly Month[],
  x: (date: string) => number,
  at: { readonly top: number; readonly bottom: number; readonly end: string },
  lang: Lang,
): void {
  const axis = root.append('g').attr('class', 'kam-time-axis');
  const monthWidth = months.length > 0 ? (x(at.end) - x(months[0]!.start)) / months.length : 0;
  const step = monthLabelStep(monthWidth, textWidth('Mär', 10) + 6);
  const yearWidth = textWidth('2026', FONT) + 6;
  months.forEach((m, i) => {
    const mx = x(m.start);
    const yearStart = m.month === 1 || i === 0;
    // The first month's year only when it has room before the next January.
    const yearLabel = m.month === 1 || (i === 0 && (13 - m.month) * monthWidth >= yearWidth);
    axis
      .append('line')
      .attr('class', yearStart ? 'kam-year-line' : 'kam-month-line')
      .attr('x1', mx)
      .attr('x2', mx)
      .attr('y1', yearStart ? at.top : at.top + 16)
      .attr('y2', at.bottom)
      .attr('stroke', yearStart ? '#969696' : '#e5e5e5');
    if (yearLabel) {
      axis
        .append('text')
        .attr('class', 'kam-year')
        .attr('x', mx + 3)
        .attr('y', at.top + 11)
        .attr('font-size', FONT)
        .attr('font-weight', 'bold')
        .text(String(m.year));
    }
    if ((m.month - 1) % step === 0) {
      axis
        .append('text')
        .attr('class', 'kam-month')
        .attr('x', mx + monthWidth / 2)
        .attr('y', at.top + 27)
        .attr('text-anchor', 'middle')
        .attr('font-size', 10)
        .attr('fill', MUTED)
        .text(t(`viz.timeline.month.${m.month}` as MessageKey, lang));
    }
  });
}

interface RowContext {
  readonly top: number;
  readonly x: (date: string) => number;
  readonly labelWidth: number;
  readonly right: number;
  readonly lang: Lang;
  readonly onSelect: ((id: string) => void) | undefined;
}

function drawAction(rows: Group, action: Action, flag: ActionFlag | undefined, c: RowContext): void {
  const { lang } = c;
  const g = rows
    .append('g')
    .datum(action)
    .attr('class', `kam-action kam-action--${action.status}${flag ? ' kam-overdue' : ''}`)
    .attr('data-id', action.id);
  fittedText(g, `${flag ? '! ' : ''}${action.title}`, {
    x: PAD,
    y: c.top + ROW / 2 + 4,
    width: c.labelWidth - 8,
    fontSize: FONT,
    className: 'kam-action-label',
    fill: flag ? OVERDUE_COLOUR : INK,
  });
  const x0 = c.x(action.start);
  // The due day is part of the action: the bar ends at the end of that day.
  const x1 = Math.max(x0 + 4, c.x(addDays(action.due, 1)));
  const barTop = c.top + (ROW - BAR) / 2;
  g.append('rect')
    .attr('class', 'kam-action-bar')
    .attr('x', round(x0))
    .attr('y', barTop)
    .attr('width', round(x1 - x0))
    .attr('height', BAR)
    .attr('rx', 2)
    .attr('fill', STATUS_COLOUR[action.status])
    .attr('fill-opacity', action.status === 'cancelled' ? 0.5 : 1)
    .attr('stroke', flag ? OVERDUE_COLOUR : action.status === 'cancelled' ? MUTED : 'none')
    .attr('stroke-width', flag ? 2 : 1)
    .attr('stroke-dasharray', action.status === 'cancelled' ? '3 2' : null);

  const status = `${STATUS_ICON[action.status]} ${t(`actionStatus.${action.status}`, lang)}`;
  const inside = textWidth(status, 10) + 8 <= x1 - x0;
  if (inside) {
    g.append('text')
      .attr('class', 'kam-action-status')
      .attr('x', round(x0 + 4))
      .attr('y', barTop + BAR - 4)
      .attr('font-size', 10)
      .attr('fill', TEXT_ON[action.status])
      .text(status);
  }
  const outside = [
    ...(inside ? [] : [status]),
    ...(flag ? [`! ${t('viz.timeline.overdueSince', lang, { date: { date: flag.due } })}`] : []),
  ].join(' · ');
  if (outside) {
    const w = textWidth(outside, 10);
    const after = x1 + 6 + w <= c.right;
    g.append('text')
      .attr('class', flag ? 'kam-action-status kam-overdue-text' : 'kam-action-status')
      .attr('x', round(after ? x1 + 6 : x0 - 6))
      .attr('y', barTop + BAR - 4)
      .attr('text-anchor', after ? 'start' : 'end')
      .attr('font-size', 10)
      .attr('font-weight', flag ? 'bold' : null)
      .attr('fill', flag ? OVERDUE_COLOUR : INK)
      .text(outside);
  }
  focusable(
    g,
    (a) => actionLabel(a, flag, lang),
    (a) => a.id,
    c.onSelect,
  );
}

function actionLabel(action: Action, flag: ActionFlag | undefined, lang: Lang): string {
  const parts = [
    t('viz.timeline.actionLabel', lang, {
      title: action.title,
      status: { term: `actionStatus.${action.status}` },
      kind: { term: `actionKind.${action.kind}` },
      start: { date: action.start },
      due: { date: action.due },
    }),
  ];
  if (action.ownerName) parts.push(t('viz.timeline.owner', lang, { name: action.ownerName }));
  if (flag) parts.push(t('viz.timeline.overdueSince', lang, { date: { date: flag.due } }));
  return parts.join('; ');
}

function legend(lang: Lang): LegendItem[] {
  const statuses = (['planned', 'in_progress', 'done', 'cancelled'] as const).map((s) => ({
    className: `kam-legend-status kam-action--${s}`,
    swatch: squareSwatch(STATUS_COLOUR[s]),
    text: `${STATUS_ICON[s]} ${t(`actionStatus.${s}`, lang)}`,
  }));
  return [
    ...statuses,
    {
      className: 'kam-legend-overdue',
      swatch: squareSwatch('#ffffff', { stroke: OVERDUE_COLOUR }),
      text: `! ${t('viz.timeline.overdue', lang)}`,
    },
    { className: 'kam-legend-today', swatch: glyphSwatch('┆'), text: t('viz.timeline.today', lang) },
    ...goalLegend(lang),
  ];
}

const round = (v: number) => Math.round(v * 10) / 10;
