import { scaleLinear } from 'd3';
import type { GoalYear } from '../core/analysis/plan.js';
import type { Lang } from '../core/i18n/index.js';
import { formatMoney, t } from '../core/i18n/index.js';
import { fittedText } from './fitted-text.js';
import type { LegendItem } from './flow-legend.js';
import { squareSwatch } from './flow-legend.js';
import type { Group } from './frame.js';
import { focusable } from './frame.js';
import { INK, MUTED, OVERDUE_COLOUR } from './palette.js';

/** Goals per year as bullet bars: won, then weighted pipeline, against the target; the gap outlined. */

export const GOAL_ROW = 24;
export const GOAL_HEADER = 26;
const BAR = 12;
const WON_COLOUR = '#525252';
const PIPELINE_OPACITY = 0.3;
const TEXT_ROOM = 280;

export function goalsHeight(goals: readonly GoalYear[]): number {
  return GOAL_HEADER + Math.max(1, goals.length) * GOAL_ROW;
}

export function drawGoals(
  root: Group,
  goals: readonly GoalYear[],
  box: { readonly x: number; readonly y: number; readonly width: number; readonly labelWidth: number },
  lang: Lang,
  currency: string,
): void {
  const money = (v: number) => formatMoney(v, lang, currency);
  const section = root.append('g').attr('class', 'kam-goals');
  section
    .append('text')
    .attr('class', 'kam-goals-title')
    .attr('x', box.x)
    .attr('y', box.y + 16)
    .attr('font-size', 12)
    .attr('font-weight', 'bold')
    .attr('fill', INK)
    .text(t('viz.timeline.goals', lang));
  if (goals.length === 0) {
    section
      .append('text')
      .attr('class', 'kam-no-goals')
      .attr('x', box.x + box.labelWidth)
      .attr('y', box.y + GOAL_HEADER + 14)
      .attr('font-size', 11)
      .attr('fill', MUTED)
      .text(t('viz.timeline.noGoals', lang));
    return;
  }
  const max = Math.max(1, ...goals.map((g) => Math.max(g.targetRevenue, g.won + g.weightedPipeline)));
  const left = box.x + box.labelWidth;
  const x = scaleLinear()
    .domain([0, max])
    .range([left, Math.max(left + 40, box.x + box.width - TEXT_ROOM)]);

  goals.forEach((goal, i) => {
    const top = box.y + GOAL_HEADER + i * GOAL_ROW;
    const barTop = top + (GOAL_ROW - BAR) / 2;
    const ahead = goal.gap <= 0;
    const row = section
      .append('g')
      .datum(goal)
      .attr('class', `kam-goal ${ahead ? 'kam-goal--ahead' : 'kam-goal--behind'}`)
      .attr('data-year', goal.year);
    row
      .append('text')
      .attr('class', 'kam-goal-year')
      .attr('x', box.x)
      .attr('y', barTop + BAR - 2)
      .attr('font-size', 12)
      .text(String(goal.year));
    const rect = (className: string, from: number, to: number) =>
      row
        .append('rect')
        .attr('class', className)
        .attr('x', x(from))
        .attr('y', barTop)
        .attr('width', Math.max(0, x(to) - x(from)))
        .attr('height', BAR);
    rect('kam-goal-won', 0, goal.won).attr('fill', WON_COLOUR);
    rect('kam-goal-pipeline', goal.won, goal.won + goal.weightedPipeline)
      .attr('fill', WON_COLOUR)
      .attr('fill-opacity', PIPELINE_OPACITY)
      .attr('stroke', WON_COLOUR);
    if (!ahead) {
      rect('kam-goal-gap', goal.won + goal.weightedPipeline, goal.targetRevenue)
        .attr('fill', 'none')
        .attr('stroke', OVERDUE_COLOUR)
        .attr('stroke-dasharray', '4 2');
    }
    row
      .append('line')
      .attr('class', 'kam-goal-target')
      .attr('x1', x(goal.targetRevenue))
      .attr('x2', x(goal.targetRevenue))
      .attr('y1', barTop - 4)
      .attr('y2', barTop + BAR + 4)
      .attr('stroke', INK)
      .attr('stroke-width', 3);
    const gapText = ahead
      ? t('viz.timeline.goal.ahead', lang, { amount: money(-goal.gap) })
      : t('viz.timeline.goal.gap', lang, { amount: money(goal.gap) });
    const end = Math.max(x(goal.targetRevenue), x(goal.won + goal.weightedPipeline));
    fittedText(row, `${t('viz.timeline.goal.target', lang)} ${money(goal.targetRevenue)} · ${gapText}`, {
      x: end + 8,
      y: barTop + BAR - 2,
      width: box.x + box.width - end - 8,
      fontSize: 11,
      className: 'kam-goal-text',
      fill: ahead ? INK : OVERDUE_COLOUR,
    });
    focusable(row, (g) =>
      t('viz.timeline.goal.label', lang, {
        year: String(g.year),
        target: money(g.targetRevenue),
        won: money(g.won),
        pipeline: money(g.weightedPipeline),
        gap: gapText,
      }),
    );
  });
}

export function goalLegend(lang: Lang): LegendItem[] {
  return [
    { swatch: squareSwatch(WON_COLOUR), text: t('viz.timeline.goal.won', lang) },
    {
      swatch: squareSwatch(WON_COLOUR, { opacity: PIPELINE_OPACITY, stroke: WON_COLOUR }),
      text: t('viz.timeline.goal.pipeline', lang),
    },
    {
      swatch: (g, x, y) => {
        g.append('line')
          .attr('x1', x + 6)
          .attr('x2', x + 6)
          .attr('y1', y - 7)
          .attr('y2', y + 7)
          .attr('stroke', INK)
          .attr('stroke-width', 3);
      },
      text: t('viz.timeline.goal.target', lang),
    },
    {
      swatch: squareSwatch('none', { stroke: OVERDUE_COLOUR, dash: '4 2' }),
      text: t('viz.timeline.goal.gap', lang, { amount: '' }).trim(),
    },
  ];
}
