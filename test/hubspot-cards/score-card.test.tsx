import { describe, expect, it } from '@jest/globals';
import { Alert, Button, EmptyState, LoadingButton, ScoreCircle, Tag, Text } from '@hubspot/ui-extensions';
import type { HistoryPoint } from '../../src/workspace/contract.js';
import { ScoreView } from '../../extension/hubspot/src/app/cards/score/ScoreView.js';
import type { FakeApi } from './fixtures.js';
import { demoAnswer, failing, fakeApi, LINK_URL, renderLoaded, textOf } from './fixtures.js';

/** Scores written to HubSpot, newest first: the card shows when the newest was written. */
const HISTORY: HistoryPoint[] = [
  { score: 87.9, tier: 'A', attractiveness: 90, position: 85, scoredAt: '2026-11-20T06:00:00Z' },
  { score: 85.2, tier: 'A', attractiveness: 88, position: 82, scoredAt: '2026-10-02T06:00:00Z' },
];
const strong = demoAnswer('acc-001', HISTORY);

const renderScore = (api: FakeApi) => renderLoaded(<ScoreView api={api} />, 'crm.record.sidebar');
const gapAlerts = (r: Awaited<ReturnType<typeof renderScore>>) =>
  r.findAll(Alert, (n) => n.props.testId?.startsWith('gap-') === true);
const reasons = (r: Awaited<ReturnType<typeof renderScore>>) =>
  r.findAll(Text, (n) => n.props.testId?.startsWith('reason-') === true).map(textOf);

describe('the score card', () => {
  it('shows score, tier, quadrant, strategy and the three strongest reasons of a strong account', async () => {
    const score = strong.view.score;
    const r = await renderScore(fakeApi(strong, { lang: 'en' }));
    expect(r.find(ScoreCircle).props.score).toBe(score.score);
    expect(r.findAll(Tag).map((tag) => textOf(tag))).toEqual(
      expect.arrayContaining(['Tier A', score.quadrantLabel.en]),
    );
    expect(r.findByTestId(Text, 'strategy').text).toBe(score.strategy.en);
    expect(reasons(r)).toEqual([
      'Strength High revenue last year: €1,064,300',
      'Strength Strategically important: rated 4.6 of 5',
      'Strength High share of wallet: 62%',
    ]);
  });

  it('shows no hint-level gap: a strong account whose only gap is a hint has none', async () => {
    expect(strong.view.score.gaps.map((g) => [g.severity, g.code])).toEqual([['info', 'gap.staleContacts']]);
    const r = await renderScore(fakeApi(strong, { lang: 'en' }));
    expect(gapAlerts(r)).toHaveLength(0);
    expect(textOf(r.getRootNode())).toContain('No gaps found.');
  });

  it('shows a critical gap as a red alert, and no hints', async () => {
    const against = demoAnswer('acc-006');
    const r = await renderScore(fakeApi(against, { lang: 'de' }));
    expect(gapAlerts(r).map((a) => [a.props.variant, a.props.title, textOf(a)])).toEqual([
      ['danger', 'Kritisch', 'Der Entscheider steht uns kritisch gegenüber.'],
    ]);
    expect(textOf(r.getRootNode())).not.toContain('Rolle im Buying Center nicht besetzt');
    expect(reasons(r).map((text) => text.split(' ')[0])).toEqual(['Stärke', 'Schwäche', 'Stärke']);
  });

  it('dates the score by when it was last saved to HubSpot, not by this request', async () => {
    const en = await renderScore(fakeApi(strong, { lang: 'en' }));
    expect(en.findByTestId(Text, 'scored-at').text).toBe('Score in HubSpot as of 20 Nov 2026');
    const de = await renderScore(fakeApi(strong, { lang: 'de' }));
    expect(de.findByTestId(Text, 'scored-at').text).toBe('Stand des Scores in HubSpot: 20.11.2026');
  });

  it('says when no score has been saved to HubSpot yet', async () => {
    const r = await renderScore(fakeApi(demoAnswer('acc-001'), { lang: 'en' }));
    expect(r.findByTestId(Text, 'scored-at').text).toBe('The score has not been saved to HubSpot yet.');
  });

  it('speaks German to a German user', async () => {
    const r = await renderScore(fakeApi(strong, { lang: 'de' }));
    expect(r.findAll(Tag).map((tag) => textOf(tag))).toContain('Klasse A');
    expect(r.findByTestId(Text, 'strategy').text).toBe(strong.view.score.strategy.de);
    expect(r.find(LoadingButton).text).toBe('Jetzt neu berechnen');
    expect(r.find(Button).text).toBe('Arbeitsbereich öffnen');
    expect(reasons(r)[0]).toMatch(/^Stärke /);
  });

  it('recomputes, shows the new score and dates it by the recompute', async () => {
    const classic = demoAnswer('acc-classic').view.score;
    const newer = { ...classic, accountId: strong.view.score.accountId, scoredAt: '2026-11-27T10:15:00Z' };
    const api = fakeApi(strong, { lang: 'en', recompute: async () => ({ score: newer, written: true }) });
    const r = await renderScore(api);
    r.find(LoadingButton).trigger('onClick');
    await r.waitFor(() => expect(r.find(ScoreCircle).props.score).toBe(newer.score));
    expect(newer.score).not.toBe(strong.view.score.score);
    expect(r.findByTestId(Text, 'strategy').text).toBe(newer.strategy.en);
    expect(r.find(Alert, { variant: 'success' }).props.title).toBe('Recomputed and saved to HubSpot.');
    expect(r.findByTestId(Text, 'scored-at').text).toBe('Score in HubSpot as of 27 Nov 2026');
    expect(api.callsOf('recompute')).toHaveLength(1);
  });

  it('recomputes once on a double click', async () => {
    const api = fakeApi(strong, { lang: 'en' });
    const r = await renderScore(api);
    r.find(LoadingButton).trigger('onClick');
    r.find(LoadingButton).trigger('onClick');
    await r.waitFor(() => expect(r.maybeFind(Alert, { variant: 'success' })).not.toBeNull());
    expect(api.callsOf('recompute')).toHaveLength(1);
  });

  it('shows the service’s message when recomputing fails and keeps the score', async () => {
    const api = fakeApi(strong, {
      lang: 'de',
      recompute: failing('Bewertung fehlgeschlagen: CRM antwortet nicht', 'SCORE_FAILED', 502),
    });
    const r = await renderScore(api);
    r.find(LoadingButton).trigger('onClick');
    await r.waitFor(() =>
      expect(r.findByTestId(Alert, 'action-error').text).toBe(
        'Bewertung fehlgeschlagen: CRM antwortet nicht',
      ),
    );
    expect(r.find(ScoreCircle).props.score).toBe(strong.view.score.score);
  });

  it('opens the workspace on the whole account in a modal', async () => {
    const api = fakeApi(strong, { lang: 'en' });
    const r = await renderScore(api);
    r.find(Button).trigger('onClick');
    await r.waitFor(() => expect(api.callsOf('openIframeModal')).toHaveLength(1));
    expect(api.callsOf('workspaceLink')).toEqual([{ method: 'workspaceLink' }]);
    expect(api.callsOf('openIframeModal')[0]!.modal).toMatchObject({
      uri: LINK_URL,
      title: 'KAM workspace: Hartwig Lagertechnik GmbH',
    });
  });

  it('explains the empty state when the company is not a key account', async () => {
    const r = await renderScore(
      fakeApi(strong, { lang: 'de', account: failing('x', 'NOT_KEY_ACCOUNT', 404) }),
    );
    expect(r.find(EmptyState).props.title).toBe('Noch kein Key Account');
    expect(r.maybeFind(ScoreCircle)).toBeNull();
  });
});
