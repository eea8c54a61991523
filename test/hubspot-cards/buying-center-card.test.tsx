import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  EmptyState,
  Flex,
  Form,
  MultiSelect,
  Select,
  TableHeader,
  TableRow,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { formatPercent } from '../../src/core/i18n/index.js';
import { BuyingCenterView } from '../../extension/hubspot/src/app/cards/buying-center/BuyingCenterView.js';
import type { FakeApi } from './fixtures.js';
import {
  answerFor,
  demoAnswer,
  demoSnapshot,
  failing,
  fakeApi,
  fire,
  renderLoaded,
  TODAY,
  textOf,
} from './fixtures.js';

const renderCard = (api: FakeApi) => renderLoaded(<BuyingCenterView api={api} />);

const ATTITUDE_EN = ['Opponent', 'Critical', 'Neutral', 'Favourable', 'Supporter'];

const answer = demoAnswer('acc-001');
const decider = answer.snapshot.contacts.find((c) => c.roles.includes('decider'))!;

/** Opens the decider's form, makes them a coach too, a supporter, and notes an emotional need. */
function editDecider(renderer: Awaited<ReturnType<typeof renderCard>>) {
  fire(renderer.findByTestId(Button, `edit-${decider.id}`), 'onClick');
  fire(renderer.find(MultiSelect, { name: 'roles' }), 'onChange', [...decider.roles, 'coach']);
  fire(renderer.find(Select, { name: 'attitude' }), 'onChange', 2);
  fire(renderer.find(TextArea, { name: 'needsEmotional' }), 'onChange', 'Wants to be seen as an innovator');
}

describe('the buying-center card', () => {
  it('lists every contact with roles, influence, attitude and needs', async () => {
    const { findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    for (const c of answer.snapshot.contacts) {
      const row = textOf(findByTestId(TableRow, `contact-${c.id}`));
      expect(row).toContain(c.name);
      if (c.roles.includes('decider')) expect(row).toContain('Decider');
      if (c.influence !== undefined) expect(row).toContain(`${c.influence} – `);
      if (c.attitude !== undefined) expect(row).toContain(ATTITUDE_EN[c.attitude + 2]);
      if (c.needsFactual) expect(row).toContain(c.needsFactual);
    }
    expect(findByTestId(Text, 'coverage').text).toBe(
      `Key roles covered: ${formatPercent(answer.view.buyingCenter.coverage, 'en')}`,
    );
  });

  it('shows coverage gaps prominently: no decider, single-threaded, no coach', async () => {
    const thin = demoAnswer('acc-008');
    expect(thin.view.buyingCenter.deciders).toHaveLength(0);
    const { findByTestId } = await renderCard(fakeApi(thin, { lang: 'en' }));
    const alerts = findByTestId(Flex, 'coverage-gaps').findAll(Alert);
    expect(alerts.map((a) => [a.props.variant, textOf(a)])).toEqual([
      ['danger', 'No decider recorded: who makes the final decision?'],
      [
        'danger',
        'Everything hangs on one person: build relationships with more members of the buying center.',
      ],
      ['warning', 'No coach: nobody guides us through the customer’s organisation.'],
    ]);
  });

  it('says “no buying center” once when nobody has a role, and “one person” only for exactly one', async () => {
    const snapshot = demoSnapshot('acc-001');
    const noRoles = answerFor({ ...snapshot, contacts: snapshot.contacts.map((c) => ({ ...c, roles: [] })) });
    const none = await renderCard(fakeApi(noRoles, { lang: 'de' }));
    expect(none.findAll(Alert).map(textOf)).toEqual([
      'Noch kein Buying Center: Ordnen Sie den Kontakten ihre Rollen zu – wer entscheidet, wer kauft ein, wer ist Coach?',
    ]);
    const [first, ...others] = snapshot.contacts.filter((c) => c.roles.length > 0);
    const alone = answerFor({
      ...snapshot,
      contacts: [first!, ...others.map((c) => ({ ...c, roles: [] }))],
    });
    const one = await renderCard(fakeApi(alone, { lang: 'en' }));
    expect(one.findByTestId(Flex, 'coverage-gaps').findAll(Alert).map(textOf)).toContain(
      'Everything hangs on one person: build relationships with more members of the buying center.',
    );
    const many = await renderCard(fakeApi(answer, { lang: 'en' }));
    expect(textOf(many.getRootNode())).not.toContain('Everything hangs on one person');
    expect(textOf(many.getRootNode())).not.toContain('No buying center');
  });

  it('warns when the decider is against us', async () => {
    const against = demoAnswer('acc-006');
    expect(against.view.buyingCenter.deciderAttitude).toBeLessThan(0);
    const { findByTestId } = await renderCard(fakeApi(against, { lang: 'de' }));
    const texts = findByTestId(Flex, 'coverage-gaps').findAll(Alert).map(textOf);
    expect(texts).toContain(
      'Der Entscheider steht gegen uns: Suchen Sie einen Unterstützer, der ihn erreicht.',
    );
    expect(texts.some((text) => text.startsWith('Kein Entscheider'))).toBe(false);
  });

  it('saves an edited contact: the snapshot’s contact with the changed fields, confirmed today', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    editDecider(renderer);
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')).toEqual([
      {
        method: 'saveRecord',
        kind: 'contact',
        record: {
          ...decider,
          roles: [...decider.roles, 'coach'],
          attitude: 2,
          needsEmotional: 'Wants to be seen as an innovator',
          lastConfirmedAt: TODAY,
        },
      },
    ]);
    expect(api.refused).toEqual([]);
    expect(renderer.find(Alert, { variant: 'success' }).props.title).toBe(
      'Saved — the score is being recalculated.',
    );
    await renderer.waitFor(() => expect(api.callsOf('account')).toHaveLength(2));
  });

  it('keeps the input and shows the service’s message when saving fails', async () => {
    const api = fakeApi(answer, {
      lang: 'de',
      saveRecord: failing('body.influence: Zahl zwischen 1 und 5 erwartet'),
    });
    const renderer = await renderCard(api);
    editDecider(renderer);
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain(
        'body.influence: Zahl zwischen 1 und 5 erwartet',
      ),
    );
    expect(renderer.findByTestId(Alert, 'save-error').props.title).toBe('Nicht gespeichert');
    expect(renderer.find(Select, { name: 'attitude' }).props.value).toBe(2);
    expect(renderer.find(MultiSelect, { name: 'roles' }).props.value).toContain('coach');
    expect(renderer.find(TextArea, { name: 'needsEmotional' }).props.value).toBe(
      'Wants to be seen as an innovator',
    );
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(2));
  });

  it('labels everything in German for a German user', async () => {
    const { findAll, findByTestId } = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(findAll(TableHeader).map((h) => textOf(h).trim())).toEqual([
      'Person',
      'Rollen im Buying Center',
      'Einfluss',
      'Einstellung zu uns',
      'Anforderungen',
      '',
    ]);
    expect(findByTestId(Button, `edit-${decider.id}`).text).toBe('Bearbeiten');
    expect(textOf(findByTestId(TableRow, `contact-${decider.id}`))).toContain('Entscheider');
  });

  it('explains the empty state when the company is not a key account', async () => {
    const { find } = await renderCard(
      fakeApi(answer, { lang: 'en', account: failing('x', 'NOT_KEY_ACCOUNT', 404) }),
    );
    expect(find(EmptyState).props.title).toBe('Not a key account yet');
  });
});
