import { describe, expect, it, jest } from '@jest/globals';
import type { Lang } from '../../src/core/i18n/index.js';
import { t } from '../../src/core/i18n/index.js';
import type { PorterActivity, ValueChainNote } from '../../src/core/model/index.js';
import { PORTER_ACTIVITIES, PRIMARY_ACTIVITIES, SUPPORT_ACTIVITIES } from '../../src/core/model/index.js';
import { truncate, wrap } from '../../src/viz/label-layout.js';
import { renderValueChain } from '../../src/viz/value-chain.js';
import { click, demoAccount, markup, newSvg, press } from './plan-fixtures.js';

const SIZE = { width: 900, height: 520 };

function render(notes: readonly ValueChainNote[], lang: Lang = 'de', onSelect?: (id: string) => void) {
  const { dom, svg } = newSvg();
  renderValueChain(svg, { notes }, { lang, ...SIZE, ...(onSelect ? { onSelect } : {}) });
  return { dom, svg };
}

function note(id: string, activity: PorterActivity, extra: Partial<ValueChainNote> = {}): ValueChainNote {
  return { id, activity, assessment: 'neutral', impact: 2, ...extra };
}

const activity = (svg: SVGSVGElement, a: PorterActivity) =>
  svg.querySelector(`.kam-activity[data-activity="${a}"]`)!;
const classic = () => demoAccount('acc-classic').snapshot.valueChain;

describe('renderValueChain', () => {
  it('always draws the nine activities: five primary chevrons and four support bars', () => {
    for (const notes of [[], classic()]) {
      const { svg } = render(notes);
      const drawn = [...svg.querySelectorAll('.kam-activity')].map((g) => g.getAttribute('data-activity'));
      expect(drawn).toHaveLength(9);
      expect(new Set(drawn)).toEqual(new Set(PORTER_ACTIVITIES));
      expect(svg.querySelectorAll('.kam-activity--primary')).toHaveLength(PRIMARY_ACTIVITIES.length);
      expect(svg.querySelectorAll('.kam-activity--support')).toHaveLength(SUPPORT_ACTIVITIES.length);
      expect(svg.querySelector('.kam-margin polygon')).not.toBeNull();
    }
  });

  it('orders the primary activities left to right as Porter does', () => {
    const { svg } = render([]);
    const left = (a: PorterActivity) =>
      Math.min(
        ...activity(svg, a)
          .querySelector('polygon')!
          .getAttribute('points')!
          .split(' ')
          .map((p) => Number(p.split(',')[0])),
      );
    const xs = PRIMARY_ACTIVITIES.map(left);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
  });

  it('marks activities without notes as not assessed, in words and by a dashed outline', () => {
    const notes = classic();
    const assessed = new Set(notes.map((n) => n.activity));
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(notes, lang);
      for (const a of PORTER_ACTIVITIES) {
        const g = activity(svg, a);
        const unassessed = !assessed.has(a);
        expect(g.classList.contains('kam-activity--unassessed')).toBe(unassessed);
        expect(g.querySelector('.kam-not-assessed')?.textContent ?? null).toBe(
          unassessed ? t('viz.valueChain.notAssessed', lang) : null,
        );
        expect(g.querySelector('polygon')!.getAttribute('stroke-dasharray')).toBe(unassessed ? '5 3' : null);
      }
    }
  });

  it('shows each note with its assessment as glyph and word, its impact and where we help', () => {
    const notes = classic();
    expect(notes.length).toBeGreaterThan(0);
    const { svg } = render(notes, 'en');
    for (const n of notes) {
      const chip = svg.querySelector(`.kam-note[data-id="${n.id}"]`)!;
      expect(chip.closest('.kam-activity')!.getAttribute('data-activity')).toBe(n.activity);
      expect(chip.classList.contains(`kam-note--${n.assessment}`)).toBe(true);
      const text = chip.querySelector('.kam-assessment')!.textContent!;
      expect(text).toContain(t(`assessment.${n.assessment}`, 'en'));
      expect(text).toContain(`${'●'.repeat(n.impact)}${'○'.repeat(3 - n.impact)}`);
      const contribution = chip.querySelector('.kam-contribution');
      if (n.ourContribution) {
        expect(contribution!.textContent).toContain('★');
        expect(contribution!.querySelector('title')!.textContent).toBe(
          t('viz.valueChain.contributionText', 'en', { text: n.ourContribution }),
        );
      } else {
        expect(contribution).toBeNull();
      }
    }
  });

  it('tells strengths from weaknesses without colour', () => {
    const { svg } = render([
      note('s', 'operations', { assessment: 'strength' }),
      note('w', 'service', { assessment: 'weakness' }),
    ]);
    const s = svg.querySelector('[data-id="s"] .kam-assessment')!.textContent!;
    const w = svg.querySelector('[data-id="w"] .kam-assessment')!.textContent!;
    expect(s.startsWith('+')).toBe(true);
    expect(w.startsWith('−')).toBe(true);
    expect(activity(svg, 'operations').classList.contains('kam-activity--strength')).toBe(true);
    expect(activity(svg, 'service').classList.contains('kam-activity--weakness')).toBe(true);
  });

  it('draws several notes of one activity, most important first, and counts what does not fit', () => {
    const few = [
      note('op-1', 'operations', { impact: 1 }),
      note('op-2', 'operations', { impact: 3, assessment: 'weakness' }),
      note('op-3', 'operations', { impact: 2, assessment: 'strength' }),
    ];
    let { svg } = render(few);
    const ids = [...activity(svg, 'operations').querySelectorAll('.kam-note')].map((c) =>
      c.getAttribute('data-id'),
    );
    expect(ids).toEqual(['op-2', 'op-3', 'op-1']);
    expect(activity(svg, 'operations').classList.contains('kam-activity--weakness')).toBe(true);

    const many = Array.from({ length: 30 }, (_, i) =>
      note(`hr-${String(i).padStart(2, '0')}`, 'human_resources', { ourContribution: 'Schulungen' }),
    );
    ({ svg } = render(many, 'en'));
    const hr = activity(svg, 'human_resources');
    const shown = hr.querySelectorAll('.kam-note').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(30);
    expect(hr.querySelector('.kam-more')!.textContent).toBe(
      t('viz.valueChain.more', 'en', { count: 30 - shown }),
    );
    // the notes without room are not lost: each is in the title and the spoken label
    const rest = hr.querySelector('.kam-more-notes')!;
    const shownIds = new Set([...hr.querySelectorAll('.kam-note')].map((c) => c.getAttribute('data-id')));
    const hiddenCount = many.filter((n) => !shownIds.has(n.id)).length;
    expect(rest.querySelector('title')!.textContent!.split('\n')).toHaveLength(hiddenCount);
    expect(rest.getAttribute('aria-label')!.split('; Where we help').length - 1).toBe(hiddenCount);
    expect(rest.getAttribute('tabindex')).toBe('0');
  });

  it('speaks German and English', () => {
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(classic(), lang);
      // A wrapped label is one tspan per line.
      const labels = [...svg.querySelectorAll('.kam-activity-label')].map((l) => {
        const lines = [...l.querySelectorAll('tspan')].map((s) => s.textContent);
        return lines.length > 0 ? lines.join(' ') : l.textContent;
      });
      for (const a of ['porter.marketing_sales', 'porter.service', 'porter.procurement'] as const) {
        expect(labels).toContain(t(a, lang));
      }
      expect(svg.querySelector('.kam-margin-label')!.textContent).toBe(t('viz.valueChain.margin', lang));
      expect(svg.querySelector('title')!.textContent).toBe(t('viz.valueChain.title', lang));
      expect(svg.querySelector('desc')!.textContent).toContain(lang === 'de' ? 'Bewertet' : 'Assessed');
      expect(svg.querySelector('.kam-legend')!.textContent).toContain(t('assessment.weakness', lang));
    }
  });

  it('names each note for screen readers and reports the chosen note by click and by Enter', () => {
    const notes = classic();
    const onSelect = jest.fn<(id: string) => void>();
    const { dom, svg } = render(notes, 'de', onSelect);
    const first = notes[0]!;
    const chip = svg.querySelector(`.kam-note[data-id="${first.id}"]`)!;
    expect(chip.getAttribute('role')).toBe('button');
    expect(chip.getAttribute('tabindex')).toBe('0');
    expect(chip.getAttribute('aria-label')).toContain(t(`porter.${first.activity}`, 'de'));
    expect(chip.getAttribute('aria-label')).toContain(t(`assessment.${first.assessment}`, 'de'));
    click(dom, chip);
    press(dom, chip, 'Enter');
    press(dom, chip, 'Escape');
    expect(onSelect.mock.calls).toEqual([[first.id], [first.id]]);

    const passive = render(notes).svg.querySelector('.kam-note')!;
    expect(passive.getAttribute('role')).toBe('img');
  });

  it('explains an empty chain instead of failing', () => {
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render([], lang);
      expect(svg.querySelector('.kam-empty')!.textContent).toBe(t('viz.empty', lang));
      expect(svg.querySelectorAll('.kam-note')).toHaveLength(0);
      expect(svg.querySelectorAll('.kam-activity--unassessed')).toHaveLength(9);
    }
  });

  it('draws the same picture for the same data and fits any width', () => {
    const notes = demoAccount('acc-001').snapshot.valueChain;
    expect(markup(render(notes).svg)).toBe(markup(render([...notes].reverse()).svg));
    const { svg } = newSvg();
    const small = renderValueChain(svg, { notes }, { lang: 'en', width: 360, height: 300 });
    expect(small).toEqual({ width: 360, height: 300 });
    expect(svg.getAttribute('viewBox')).toBe('0 0 360 300');
    expect(svg.querySelectorAll('.kam-activity')).toHaveLength(9);
  });
});

describe('label layout', () => {
  it('shortens text to its width with an ellipsis and says so', () => {
    expect(truncate('Kurz', 200, 12)).toEqual({ text: 'Kurz', truncated: false });
    const long = truncate('Unternehmensinfrastruktur und Verwaltung', 60, 12);
    expect(long.truncated).toBe(true);
    expect(long.text.endsWith('…')).toBe(true);
    expect([...long.text].length).toBeLessThanOrEqual(Math.floor(60 / (12 * 0.6)));
  });

  it('wraps at spaces and cuts the last line', () => {
    const w = wrap('Marketing & Vertrieb im Außendienst', 80, 10, 2);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[0]).toBe('Marketing &');
    expect(w.truncated).toBe(true);
    expect(wrap('Marketing & Vertrieb', 200, 10, 2)).toEqual({
      lines: ['Marketing & Vertrieb'],
      truncated: false,
    });
  });
});
