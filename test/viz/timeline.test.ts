import { describe, expect, it, jest } from '@jest/globals';
import type { PlanAnalysis } from '../../src/core/analysis/plan.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { formatDate, t } from '../../src/core/i18n/index.js';
import type { Action } from '../../src/core/model/index.js';
import { OVERDUE_COLOUR } from '../../src/viz/palette.js';
import { byStart, monthLabelStep, monthsOf, shiftMonth, timeRange } from '../../src/viz/timeline-layout.js';
import type { TimelineData } from '../../src/viz/timeline.js';
import { renderTimeline } from '../../src/viz/timeline.js';
import { click, demoAccount, markup, newSvg, press, TODAY } from './plan-fixtures.js';

function dataOf(id: string): TimelineData {
  const { snapshot, view } = demoAccount(id);
  return { actions: snapshot.actions, plan: view.plan, today: TODAY, currency: snapshot.account.currency };
}

function render(data: TimelineData, lang: Lang = 'de', onSelect?: (id: string) => void) {
  const { dom, svg } = newSvg();
  const rendered = renderTimeline(svg, data, { lang, width: 900, ...(onSelect ? { onSelect } : {}) });
  return { dom, svg, rendered };
}

const bar = (svg: SVGSVGElement, id: string) =>
  svg.querySelector(`.kam-action[data-id="${id}"] .kam-action-bar`)!;
const left = (e: Element) => Number(e.getAttribute('x'));
const right = (e: Element) => Number(e.getAttribute('x')) + Number(e.getAttribute('width'));
const todayX = (svg: SVGSVGElement) => Number(svg.querySelector('.kam-today-line')!.getAttribute('x1'));

function action(id: string, start: string, due: string, extra: Partial<Action> = {}): Action {
  return { id, title: `Maßnahme ${id}`, start, due, status: 'planned', kind: 'meeting', ...extra };
}

describe('renderTimeline', () => {
  it('draws every action as a bar, sorted by start, coloured and named by status', () => {
    const data = dataOf('acc-classic');
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(data, lang);
      const rows = [...svg.querySelectorAll('.kam-action')];
      const expected = [...data.actions]
        .sort((a, b) => a.start.localeCompare(b.start) || a.due.localeCompare(b.due))
        .map((a) => a.id);
      expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(expected);
      for (const a of data.actions) {
        const g = svg.querySelector(`.kam-action[data-id="${a.id}"]`)!;
        expect(g.classList.contains(`kam-action--${a.status}`)).toBe(true);
        expect(g.textContent).toContain(t(`actionStatus.${a.status}`, lang));
        expect(right(bar(svg, a.id))).toBeGreaterThan(left(bar(svg, a.id)));
      }
    }
  });

  it('places the today line between what is done and what comes next', () => {
    const data = dataOf('acc-classic');
    const { svg } = render(data);
    const x = todayX(svg);
    const before = data.actions.filter((a) => a.due < TODAY);
    const after = data.actions.filter((a) => a.start > TODAY);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    for (const a of before) expect(right(bar(svg, a.id))).toBeLessThanOrEqual(x);
    for (const a of after) expect(left(bar(svg, a.id))).toBeGreaterThan(x);
    expect(svg.querySelector('.kam-today')!.getAttribute('data-date')).toBe(TODAY);
    expect(svg.querySelector('.kam-today-label')!.textContent).toBe(
      `${t('viz.timeline.today', 'de')} · ${formatDate(TODAY, 'de')}`,
    );
  });

  it('flags exactly the overdue actions of the plan analysis: red outline, "!" and words', () => {
    const data = dataOf('acc-009');
    const overdue = data.plan.actions.overdue.map((f) => f.actionId);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(data.actions.length);
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(data, lang);
      const flagged = [...svg.querySelectorAll('.kam-action.kam-overdue')].map((g) =>
        g.getAttribute('data-id'),
      );
      expect(new Set(flagged)).toEqual(new Set(overdue));
      for (const a of data.actions) {
        const g = svg.querySelector(`.kam-action[data-id="${a.id}"]`)!;
        const isOverdue = overdue.includes(a.id);
        expect(bar(svg, a.id).getAttribute('stroke') === OVERDUE_COLOUR).toBe(isOverdue);
        expect(g.querySelector('.kam-action-label')!.textContent!.startsWith('! ')).toBe(isOverdue);
        expect(g.textContent!.includes(t('viz.timeline.overdueSince', lang, { date: { date: a.due } }))).toBe(
          isOverdue,
        );
        expect(g.getAttribute('aria-label')!.includes(t('viz.timeline.overdue', lang))).toBe(isOverdue);
      }
    }
  });

  it('trusts the analysis, not its own clock, for what is overdue', () => {
    const data = dataOf('acc-009');
    const plan: PlanAnalysis = { ...data.plan, actions: { ...data.plan.actions, overdue: [] } };
    const { svg } = render({ ...data, plan });
    expect(svg.querySelectorAll('.kam-overdue')).toHaveLength(0);
  });

  it('labels years and months in the language', () => {
    const data = dataOf('acc-classic');
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(data, lang);
      const years = [...svg.querySelectorAll('.kam-year')].map((y) => y.textContent);
      for (const y of ['2026', '2027', '2028']) expect(years).toContain(y);
      const months = [...svg.querySelectorAll('.kam-month')].map((m) => m.textContent);
      expect(months).toContain(t('viz.timeline.month.3', lang));
      expect(months).toContain(t('viz.timeline.month.5', lang));
      expect(svg.querySelector('title')!.textContent).toBe(t('viz.timeline.title', lang));
    }
    expect(t('viz.timeline.month.5', 'de')).not.toBe(t('viz.timeline.month.5', 'en'));
  });

  it('shows the goals per year: target against won and weighted pipeline, the gap visible', () => {
    const classic = dataOf('acc-classic');
    expect(classic.plan.goals.length).toBeGreaterThan(0);
    const { svg } = render(classic, 'en');
    const goals = [...svg.querySelectorAll('.kam-goal')];
    expect(goals.map((g) => Number(g.getAttribute('data-year')))).toEqual(
      classic.plan.goals.map((g) => g.year),
    );
    for (const goal of classic.plan.goals) {
      const g = svg.querySelector(`.kam-goal[data-year="${goal.year}"]`)!;
      expect(g.querySelector('.kam-goal-target')).not.toBeNull();
      expect(g.classList.contains('kam-goal--behind')).toBe(goal.gap > 0);
      expect(g.querySelector('.kam-goal-gap') !== null).toBe(goal.gap > 0);
      const won = Number(g.querySelector('.kam-goal-won')!.getAttribute('width'));
      const target = Number(g.querySelector('.kam-goal-target')!.getAttribute('x1'));
      const start = Number(g.querySelector('.kam-goal-won')!.getAttribute('x'));
      expect(won).toBeLessThan(target - start);
      expect(g.getAttribute('aria-label')).toContain(String(goal.year));
    }

    // The large request of the event-driven account puts one year ahead of plan.
    const event = dataOf('acc-event');
    const ahead = event.plan.goals.filter((g) => g.gap < 0);
    expect(ahead.length).toBeGreaterThan(0);
    const eventSvg = render(event, 'de').svg;
    for (const goal of ahead) {
      const g = eventSvg.querySelector(`.kam-goal[data-year="${goal.year}"]`)!;
      expect(g.classList.contains('kam-goal--ahead')).toBe(true);
      expect(g.querySelector('.kam-goal-gap')).toBeNull();
      expect(g.textContent).toContain(t('viz.timeline.goal.ahead', 'de', { amount: '' }).trim());
    }
  });

  it('reports the chosen action by click and by Enter, and names it for screen readers', () => {
    const data = dataOf('acc-classic');
    const onSelect = jest.fn<(id: string) => void>();
    const { dom, svg } = render(data, 'en', onSelect);
    const first = byStart(data.actions)[0]!;
    const g = svg.querySelector(`.kam-action[data-id="${first.id}"]`)!;
    expect(g.getAttribute('role')).toBe('button');
    expect(g.getAttribute('aria-label')).toContain(first.title);
    expect(g.getAttribute('aria-label')).toContain(t(`actionStatus.${first.status}`, 'en'));
    click(dom, g);
    press(dom, g, 'Enter');
    expect(onSelect.mock.calls).toEqual([[first.id], [first.id]]);
  });

  it('shortens long titles and keeps the full title in a <title>', () => {
    const long = 'Workshop zur Retrofit-Planung der Altanlagen mit Instandhaltung, Einkauf und Produktion';
    const data = dataOf('acc-classic');
    const { svg } = render({ ...data, actions: [action('x', '2026-12-01', '2026-12-10', { title: long })] });
    const label = svg.querySelector('.kam-action-label')!;
    expect(label.querySelector('title')!.textContent).toBe(long);
    expect(label.firstChild!.textContent!.endsWith('…')).toBe(true);
  });

  it('explains an empty plan, and a plan with goals but no actions', () => {
    const data = dataOf('acc-classic');
    const noPlan: PlanAnalysis = { ...data.plan, goals: [] };
    for (const lang of ['de', 'en'] as const) {
      const empty = render({ ...data, actions: [], plan: noPlan }, lang).svg;
      expect(empty.querySelector('.kam-empty')!.textContent).toBe(t('viz.empty', lang));
      const goalsOnly = render({ ...data, actions: [] }, lang).svg;
      expect(goalsOnly.querySelector('.kam-no-actions')!.textContent).toBe(t('viz.timeline.noActions', lang));
      expect(goalsOnly.querySelectorAll('.kam-goal')).toHaveLength(data.plan.goals.length);
      const actionsOnly = render({ ...data, plan: noPlan }, lang).svg;
      expect(actionsOnly.querySelector('.kam-no-goals')!.textContent).toBe(t('viz.timeline.noGoals', lang));
    }
  });

  it('draws the same picture for the same data in any order', () => {
    const data = dataOf('acc-009');
    const again = { ...data, actions: [...data.actions].reverse() };
    expect(markup(render(data).svg)).toBe(markup(render(again).svg));
    expect(render(data).rendered.height).toBeGreaterThan(
      render({ ...data, actions: data.actions.slice(0, 1) }).rendered.height,
    );
  });
});

describe('timeline layout', () => {
  it('spans from the earliest start to the latest due date in whole months', () => {
    const range = timeRange(
      [action('a', '2024-12-13', '2025-01-13'), action('b', '2026-07-12', '2028-04-30')],
      TODAY,
    );
    expect(range).toEqual({ start: '2024-12-01', end: '2028-05-01' });
  });

  it('shows at least a year around today', () => {
    const range = timeRange([action('a', '2026-11-20', '2026-11-30')], TODAY);
    expect(range.start <= shiftMonth(TODAY, -6)).toBe(true);
    expect(range.end > shiftMonth(TODAY, 6)).toBe(true);
    expect(monthsOf(range).length).toBeGreaterThanOrEqual(12);
    expect(timeRange([], TODAY)).toEqual(range);
  });

  it('counts months across year ends', () => {
    expect(shiftMonth('2026-11-27', 2)).toBe('2027-01-01');
    expect(shiftMonth('2026-01-15', -1)).toBe('2025-12-01');
    const months = monthsOf({ start: '2026-11-01', end: '2027-02-01' });
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2026-11', '2026-12', '2027-1']);
  });

  it('labels fewer months when they get narrow', () => {
    expect(monthLabelStep(40, 24)).toBe(1);
    expect(monthLabelStep(10, 24)).toBe(3);
    expect(monthLabelStep(1, 24)).toBe(12);
  });
});
