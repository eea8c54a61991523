import { describe, expect, it } from '@jest/globals';
import { formatNumber, formatPercent, LANGS } from '../../src/core/i18n/index.js';
import { gapList } from '../../src/workspace/components/gap-list.js';
import { scoreBreakdown } from '../../src/workspace/components/score-breakdown.js';
import { scorePanel } from '../../src/workspace/components/score-panel.js';
import { accountAnswer, demoSnapshots, makeDom } from './fixtures.js';

const doc = makeDom().window.document;
const answers = demoSnapshots().map((s) => accountAnswer(s));
/** An account with criteria the data cannot answer, so unknown reasons show. */
const withUnknown = answers.find((a) => a.view.score.components.some((c) => c.status === 'unknown'))!;

describe('score breakdown', () => {
  it.each(LANGS)('lists every criterion of each axis with weight, fulfilment and points (%s)', (lang) => {
    const { score } = withUnknown.view;
    const section = scoreBreakdown(doc, score, lang);
    const rows = [...section.querySelectorAll<HTMLTableRowElement>('tr[data-criterion]')];
    expect(rows.map((r) => r.dataset.criterion)).toEqual(score.components.map((c) => c.criterionId));
    const tables = section.querySelectorAll('table');
    expect(tables).toHaveLength(2);
    expect(tables[0]!.querySelectorAll('tbody tr')).toHaveLength(
      score.components.filter((c) => c.axis === 'attractiveness').length,
    );
    for (const c of score.components) {
      const row = section.querySelector(`tr[data-criterion="${c.criterionId}"]`)!;
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
      expect(row.querySelector('th')!.textContent).toContain(c.label[lang]);
      expect(cells[0]).toBe(formatPercent(c.weight, lang));
      expect(cells[2]).toBe(formatNumber(c.contribution, lang));
      if (c.status === 'unknown') {
        expect(row.classList.contains('unknown')).toBe(true);
        expect(cells[1]).toBe(lang === 'de' ? 'unbekannt' : 'unknown');
        expect(row.textContent).toContain(c.unknownReason!.text[lang]);
      } else {
        expect(cells[1]).toBe(formatPercent(c.normalised!, lang));
      }
    }
  });

  it('speaks German and English in its headings and reasons', () => {
    const { score } = withUnknown.view;
    const de = scoreBreakdown(doc, score, 'de');
    const en = scoreBreakdown(doc, score, 'en');
    expect(de.querySelector('h2')!.textContent).toBe('So setzt sich der Score zusammen');
    expect(en.querySelector('h2')!.textContent).toBe('How the score is made up');
    expect([...de.querySelectorAll('h3')].map((h) => h.textContent).join(' ')).toContain(
      'Kundenattraktivität',
    );
    expect([...en.querySelectorAll('h3')].map((h) => h.textContent).join(' ')).toContain(
      'Customer attractiveness',
    );
    for (const [section, lang] of [
      [de, 'de'],
      [en, 'en'],
    ] as const) {
      const strengths = [...section.querySelectorAll('.reasons--strength li')].map((li) => li.textContent);
      const weaknesses = [...section.querySelectorAll('.reasons--weakness li')].map((li) => li.textContent);
      expect(strengths).toEqual(
        score.reasons.filter((r) => r.polarity === 'strength').map((r) => r.text[lang]),
      );
      expect(weaknesses).toEqual(
        score.reasons.filter((r) => r.polarity === 'weakness').map((r) => r.text[lang]),
      );
    }
    expect(score.reasons.length).toBeGreaterThan(0);
  });
});

describe('score panel and gaps', () => {
  it('shows score, tier, quadrant and strategy in the language, and a change only after a save', () => {
    const { score } = answers[0]!.view;
    const en = scorePanel(doc, score, 'en');
    expect(en.querySelector('[data-testid="score-value"]')!.textContent).toBe(
      formatNumber(score.score, 'en'),
    );
    expect(en.textContent).toContain(`Tier ${score.tier}`);
    expect(en.textContent).toContain(score.quadrantLabel.en);
    expect(en.textContent).toContain(score.strategy.en);
    expect(en.querySelector('[data-testid="score-change"]')).toBeNull();

    const de = scorePanel(doc, score, 'de', { before: 41.25, after: 47.5 });
    const change = de.querySelector('[data-testid="score-change"]')!;
    expect(de.textContent).toContain(`Klasse ${score.tier}`);
    expect(change.textContent).toContain('41,3 → 47,5');
    expect(change.textContent).toContain('▲');
    expect(change.textContent).toContain('+6,3');
    const down = scorePanel(doc, score, 'en', { before: 60, after: 52.5 });
    expect(down.querySelector('[data-testid="score-change"]')!.textContent).toMatch(/60 → 52\.5.*▼.*-7\.5/);
  });

  it('writes each gap’s severity as a word, most severe first', () => {
    const answer = answers.find((a) => a.view.gaps.some((g) => g.severity === 'critical'))!;
    const list = gapList(doc, answer.view.gaps, 'de');
    const items = [...list.querySelectorAll('li')];
    expect(items).toHaveLength(answer.view.gaps.length);
    expect(items[0]!.querySelector('.severity')!.textContent).toBe('kritisch');
    expect(items[0]!.textContent).toContain(answer.view.gaps[0]!.text.de);
    expect(gapList(doc, [], 'en').textContent).toContain('No gaps found.');
  });
});
