import { describe, expect, it } from '@jest/globals';
import { browserLang, chooseLang, langFromTag } from '../../src/workspace/i18n.js';

describe('language choice', () => {
  it('takes the link first, then the stored choice, then the browser', () => {
    expect(chooseLang({ link: 'en', stored: 'de', browser: 'de-DE' })).toBe('en');
    expect(chooseLang({ stored: 'en', browser: 'de-DE' })).toBe('en');
    expect(chooseLang({ stored: 'de', browser: 'en-US' })).toBe('de');
    expect(chooseLang({ browser: 'de-CH' })).toBe('de');
    expect(chooseLang({ browser: 'fr-FR' })).toBe('en');
    expect(chooseLang({})).toBe('en');
  });

  it('ignores a stored value that is no language of the product', () => {
    expect(chooseLang({ stored: 'fr', browser: 'de-AT' })).toBe('de');
    expect(chooseLang({ stored: '', browser: 'en' })).toBe('en');
  });

  it('reads any German or English tag, nothing else', () => {
    expect(langFromTag('DE-at')).toBe('de');
    expect(langFromTag('en_GB')).toBe('en');
    expect(langFromTag('d')).toBeUndefined();
    expect(langFromTag(undefined)).toBeUndefined();
    expect(browserLang('deu')).toBe('de');
    expect(browserLang('nl-NL')).toBe('en');
  });
});
