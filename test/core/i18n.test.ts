import { describe, expect, it } from '@jest/globals';
import {
  catalog,
  formatDate,
  formatMoney,
  formatPercent,
  LANGS,
  localize,
  t,
} from '../../src/core/i18n/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  it.each(Object.entries(catalog))(
    '%s is written in every language with the same placeholders',
    (_key, entry) => {
      for (const lang of LANGS) expect(entry[lang].trim().length).toBeGreaterThan(0);
      expect(placeholders(entry.de)).toEqual(placeholders(entry.en));
    },
  );

  it('speaks the method vocabulary German users know', () => {
    expect(t('role.decider', 'de')).toBe('Entscheider');
    expect(t('role.influencer', 'de')).toBe('Beeinflusser');
    expect(t('term.actionPlan', 'de')).toBe('Maßnahmenplan');
    expect(t('term.valueChain', 'de')).toBe('Wertkette');
  });

  it('formats money, percent and dates per language', () => {
    expect(formatMoney(25000, 'de')).toBe('25.000\u00a0€');
    expect(formatMoney(25000, 'en')).toBe('€25,000');
    expect(formatPercent(0.25, 'de')).toBe('25\u00a0%');
    expect(formatPercent(0.25, 'en')).toBe('25%');
    expect(formatDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(localize('term.unknown')).toEqual({ de: 'unbekannt', en: 'unknown' });
  });
});
