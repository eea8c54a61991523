import { describe, expect, it } from '@jest/globals';
import { Alert, BarChart, ScoreCircle, Table, Text, Tile } from '@hubspot/ui-extensions';
import { PORTER_ACTIVITIES } from '../../src/core/model/values.js';
import { ActionPlanView } from '../../extension/hubspot/src/app/cards/action-plan/ActionPlanView.js';
import { BuyingCenterView } from '../../extension/hubspot/src/app/cards/buying-center/BuyingCenterView.js';
import { OpportunitiesView } from '../../extension/hubspot/src/app/cards/opportunities/OpportunitiesView.js';
import { RelationsView } from '../../extension/hubspot/src/app/cards/relations/RelationsView.js';
import { ScoreView } from '../../extension/hubspot/src/app/cards/score/ScoreView.js';
import { ValueChainView } from '../../extension/hubspot/src/app/cards/value-chain/ValueChainView.js';
import type { Rendered } from './fixtures.js';
import { emptyAnswer, fakeApi, renderLoaded, textOf } from './fixtures.js';

/** A key account with nothing recorded: every card says what is missing and does not break. */
const empty = emptyAnswer();
const api = () => fakeApi(empty, { lang: 'en' });
const page = (r: Rendered) => textOf(r.getRootNode());

describe('a key account with nothing recorded yet', () => {
  it('buying center: no contacts, and “no buying center” said once', async () => {
    const r = await renderLoaded(<BuyingCenterView api={api()} />);
    expect(page(r)).toContain('No contacts are associated with this company yet.');
    expect(r.maybeFind(Table)).toBeNull();
    expect(r.findAll(Alert).map((a) => [a.props.variant, textOf(a)])).toEqual([
      [
        'danger',
        'No buying center yet: give the contacts their roles – who decides, who buys, who is the coach?',
      ],
    ]);
    expect(page(r)).not.toContain('Everything hangs on one person');
  });

  it('relations: nobody singled out, no decider, no relationships', async () => {
    const r = await renderLoaded(<RelationsView api={api()} />);
    for (const id of ['champions', 'blockers', 'hidden'])
      expect(r.findByTestId(Text, id).text).toBe('nobody');
    expect(r.findByTestId(Text, 'path-none').text).toBe('No decider recorded.');
    expect(page(r)).toContain('No relationships recorded yet.');
  });

  it('value chain: every activity not assessed yet', async () => {
    const r = await renderLoaded(<ValueChainView api={api()} />);
    for (const activity of PORTER_ACTIVITIES)
      expect(textOf(r.findByTestId(Tile, `activity-${activity}`))).toContain('Not assessed yet.');
    expect(r.findByTestId(Text, 'summary').text).toBe('0 strengths, 0 weaknesses');
  });

  it('opportunities: no potentials, no projects, a chart of zeros', async () => {
    const r = await renderLoaded(<OpportunitiesView api={api()} />);
    expect(page(r)).toContain('No potentials recorded yet.');
    expect(page(r)).toContain('No open projects.');
    const volumes = (r.find(BarChart).props.data as { volume: number }[]).map((d) => d.volume);
    expect(volumes).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('action plan: no goals, no actions, no progress line', async () => {
    const r = await renderLoaded(<ActionPlanView api={api()} />);
    expect(r.findByTestId(Text, 'no-goals').text).toBe('No goals in the plan yet.');
    expect(page(r)).toContain('No actions planned yet.');
    expect(r.maybeFindByTestId(Text, 'progress')).toBeNull();
    expect(r.maybeFind(BarChart)).toBeNull();
  });

  it('score: a score with its gaps and no score saved to HubSpot yet', async () => {
    const r = await renderLoaded(<ScoreView api={api()} />, 'crm.record.sidebar');
    expect(r.find(ScoreCircle).props.score).toBe(empty.view.score.score);
    expect(r.findByTestId(Text, 'scored-at').text).toBe('The score has not been saved to HubSpot yet.');
    const gaps = r.findAll(Alert, (a) => a.props.testId?.startsWith('gap-') === true).map(textOf);
    expect(gaps).toContain('No decider known: who decides about us at the customer?');
  });
});
