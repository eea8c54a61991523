import { format, formatDate, formatMoney, today, vizLang } from 'c/kamFormat';

// A German-speaking user with an English locale in Berlin: language and locale are separate settings.
jest.mock('@salesforce/i18n/lang', () => ({ default: 'de' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ default: 'en-GB' }), { virtual: true });
jest.mock('@salesforce/i18n/timeZone', () => ({ default: 'Europe/Berlin' }), { virtual: true });

describe('c-kam-format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{name} berichtet an {manager}', { name: 'Eva' })).toBe('Eva berichtet an {manager}');
  });

  it('speaks the user’s language, not the locale’s: German to de*, English to the rest', () => {
    expect(vizLang()).toBe('de');
    expect(vizLang('de_AT')).toBe('de');
    expect(vizLang('en_US')).toBe('en');
    expect(vizLang('fr')).toBe('en');
  });

  it('formats money and dates per locale, not per language', () => {
    expect(formatMoney(25000, 'EUR', 'de-DE')).toBe('25.000\u00a0€');
    expect(formatMoney(25000, 'EUR')).toBe('€25,000');
    expect(formatDate('2026-03-01', 'de-DE')).toBe('01.03.2026');
  });

  it('reads an instant on the user’s calendar and a day as written', () => {
    // 23:30 UTC on 1 March is already 2 March in Berlin …
    expect(formatDate('2026-03-01T23:30:00.000Z')).toBe('2 Mar 2026');
    expect(formatDate('2026-03-01T23:30:00.000Z', 'en-GB', 'America/New_York')).toBe('1 Mar 2026');
    // … while a calendar day stays the day, whatever the time zone.
    expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDate('2026-03-01', 'en-GB', 'Pacific/Kiritimati')).toBe('1 Mar 2026');
  });

  it('counts today in the user’s time zone', () => {
    const lateUtc = new Date('2026-01-04T23:30:00Z');
    expect(today(lateUtc)).toBe('2026-01-05');
    expect(today(lateUtc, 'America/Los_Angeles')).toBe('2026-01-04');
  });
});
