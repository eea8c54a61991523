import { describe, expect, it } from '@jest/globals';
import { catalog } from '../../src/core/i18n/index.js';
import { hubspotCardMessages } from '../../src/core/i18n/messages/hubspot-cards.js';
import { MESSAGES, t } from '../../extension/hubspot/src/app/cards/shared/messages.generated.js';

const PREFIXES = [
  'role.',
  'attitude.',
  'relationship.',
  'porter.',
  'assessment.',
  'horizon.',
  'actionStatus.',
  'actionKind.',
  'stage.',
  'term.',
  'card.',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the cards’ message table', () => {
  it('is what the core catalog gives (run `npm run build && node scripts/write-card-messages.ts`)', () => {
    const source: Record<string, unknown> = { ...catalog, ...hubspotCardMessages };
    const expected = Object.fromEntries(
      Object.entries(source).filter(([key]) => PREFIXES.some((p) => key.startsWith(p))),
    );
    expect(MESSAGES).toEqual(expected);
    expect(Object.keys(MESSAGES)).toContain('card.loading');
    expect(Object.keys(MESSAGES)).toContain('role.decider');
  });

  it('has every card text in German and English with the same placeholders', () => {
    for (const [key, text] of Object.entries(hubspotCardMessages)) {
      expect(key.startsWith('card.')).toBe(true);
      expect(text.de.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect({ key, de: placeholders(text.de) }).toEqual({ key, de: placeholders(text.en) });
    }
  });

  it('fills placeholders in the user’s language and leaves unknown ones visible', () => {
    expect(t('card.score.tier', 'de', { tier: 'A' })).toBe('Klasse A');
    expect(t('card.score.tier', 'en', { tier: 'A' })).toBe('Tier A');
    expect(t('card.plan.progress', 'de', { done: 1234.5, total: 2 })).toBe(
      '1.234,5 von 2 Maßnahmen erledigt',
    );
    expect(t('card.plan.progress', 'en', { done: 1234.5, total: 2 })).toBe('1,234.5 of 2 actions done');
    expect(t('card.score.tier', 'en', {})).toBe('Tier {tier}');
    expect(t('role.decider', 'de')).toBe('Entscheider');
  });
});
