import { describe, expect, it } from '@jest/globals';
import { Alert, Button, EmptyState, LoadingButton, ScoreCircle, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { formatDate } from '../../src/core/i18n/index.js';
import { ScoreView } from '../../extension/hubspot/src/app/cards/score/ScoreView.js';
import { demoAnswer, failing, fakeApi, LINK_URL, textOf } from './fixtures.js';

const answer = demoAnswer('acc-001');
const score = answer.view.score;

async function renderScore(api: ReturnType<typeof fakeApi>) {
  const renderer = createRenderer('crm.record.sidebar');
  renderer.render(<ScoreView api={api} />);
  await renderer.waitFor(() => expect(renderer.find(ScoreCircle)).toBeDefined());
  return renderer;
}

describe('the score card', () => {
  it('shows score, tier, quadrant, strategy, the top reasons and the gaps', async () => {
    const { find, findAll, findByTestId } = await renderScore(fakeApi(answer, { lang: 'en' }));
    expect(find(ScoreCircle).props.score).toBe(score.score);
    expect(findAll(Tag).map((tag) => textOf(tag))).toEqual(
      expect.arrayContaining([`Tier ${score.tier}`, score.quadrantLabel.en]),
    );
    expect(findByTestId(Text, 'strategy').text).toBe(score.strategy.en);
    const reasons = findAll(Text, (n) => n.props.testId?.startsWith('reason-') === true);
    expect(reasons.length).toBe(Math.min(3, score.reasons.length));
    expect(reasons.length).toBeGreaterThan(0);
    reasons.forEach((r, i) => expect(textOf(r)).toContain(score.reasons[i]!.text.en));
    const gaps = score.gaps.filter((g) => g.severity !== 'info');
    expect(findAll(Alert, (n) => n.props.testId?.startsWith('gap-') === true).map((a) => textOf(a))).toEqual(
      gaps.map((g) => g.text.en),
    );
    expect(findByTestId(Text, 'scored-at').text).toBe(`Scored on ${formatDate(score.scoredAt, 'en')}`);
  });

  it('shows critical gaps and warnings as alerts, most severe first', async () => {
    const against = demoAnswer('acc-006');
    const { findAll } = await renderScore(fakeApi(against, { lang: 'de' }));
    const alerts = findAll(Alert, (n) => n.props.testId?.startsWith('gap-') === true);
    const expected = against.view.score.gaps.filter((g) => g.severity !== 'info');
    expect(expected.some((g) => g.code === 'gap.deciderAgainstUs')).toBe(true);
    expect(alerts.map((a) => [a.props.variant, a.props.title, textOf(a)])).toEqual(
      expected.map((g) => [
        g.severity === 'critical' ? 'danger' : 'warning',
        g.severity === 'critical' ? 'Kritisch' : 'Achtung',
        g.text.de,
      ]),
    );
  });

  it('speaks German to a German user', async () => {
    const { find, findAll, findByTestId } = await renderScore(fakeApi(answer, { lang: 'de' }));
    expect(findAll(Tag).map((tag) => textOf(tag))).toContain(`Klasse ${score.tier}`);
    expect(findByTestId(Text, 'strategy').text).toBe(score.strategy.de);
    expect(find(LoadingButton).text).toBe('Jetzt neu berechnen');
    expect(find(Button).text).toBe('Arbeitsbereich öffnen');
    expect(findByTestId(Text, 'scored-at').text).toBe(`Berechnet am ${formatDate(score.scoredAt, 'de')}`);
  });

  it('recomputes and shows the new score', async () => {
    const newer = { ...demoAnswer('acc-classic').view.score, accountId: score.accountId };
    const api = fakeApi(answer, { lang: 'en', recompute: async () => ({ score: newer, written: true }) });
    const { find, findByTestId, waitFor } = await renderScore(api);
    find(LoadingButton).trigger('onClick');
    await waitFor(() => expect(find(ScoreCircle).props.score).toBe(newer.score));
    expect(newer.score).not.toBe(score.score);
    expect(findByTestId(Text, 'strategy').text).toBe(newer.strategy.en);
    expect(find(Alert, { variant: 'success' }).props.title).toBe('Recomputed and saved to HubSpot.');
    expect(api.callsOf('recompute')).toHaveLength(1);
  });

  it('shows the service’s message when recomputing fails and keeps the score', async () => {
    const api = fakeApi(answer, {
      lang: 'de',
      recompute: failing('Bewertung fehlgeschlagen: CRM antwortet nicht', 'SCORE_FAILED', 502),
    });
    const { find, findByTestId, waitFor } = await renderScore(api);
    find(LoadingButton).trigger('onClick');
    await waitFor(() =>
      expect(findByTestId(Alert, 'action-error').text).toBe('Bewertung fehlgeschlagen: CRM antwortet nicht'),
    );
    expect(find(ScoreCircle).props.score).toBe(score.score);
  });

  it('opens the workspace on this account in a modal', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const { find, waitFor } = await renderScore(api);
    find(Button).trigger('onClick');
    await waitFor(() => expect(api.callsOf('openIframeModal')).toHaveLength(1));
    expect(api.callsOf('workspaceLink')).toHaveLength(1);
    expect(api.callsOf('openIframeModal')[0]!.modal).toMatchObject({
      uri: LINK_URL,
      title: `KAM workspace: ${answer.snapshot.account.name}`,
    });
  });

  it('explains the empty state when the company is not a key account', async () => {
    const renderer = createRenderer('crm.record.sidebar');
    renderer.render(
      <ScoreView api={fakeApi(answer, { lang: 'de', account: failing('x', 'NOT_KEY_ACCOUNT', 404) })} />,
    );
    await renderer.waitFor(() => expect(renderer.find(EmptyState).props.title).toBe('Noch kein Key Account'));
    expect(renderer.maybeFind(ScoreCircle)).toBeNull();
  });
});
