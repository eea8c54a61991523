import { format, formatDate, formatMoney, today, vizLang } from 'c/kamFormat';

describe('c-kam-format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{name} berichtet an {manager}', { name: 'Eva' })).toBe('Eva berichtet an {manager}');
  });

  it('speaks German to de-* locales and English to the rest', () => {
    expect(vizLang('de-DE')).toBe('de');
    expect(vizLang('de_AT')).toBe('de');
    expect(vizLang('en-US')).toBe('en');
    expect(vizLang('fr-FR')).toBe('en');
  });

  it('formats money and days per locale, the day as written', () => {
    expect(formatMoney(25000, 'EUR', 'de-DE')).toBe('25.000\u00a0€');
    expect(formatDate('2026-03-01', 'de-DE')).toBe('01.03.2026');
    expect(today(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});
