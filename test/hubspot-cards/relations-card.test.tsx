import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  DescriptionListItem,
  EmptyState,
  Form,
  Select,
  TableRow,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import type { AccountAnswer } from '../../src/workspace/contract.js';
import { RelationsView } from '../../extension/hubspot/src/app/cards/relations/RelationsView.js';
import type { FakeApi } from './fixtures.js';
import { demoAnswer, failing, fakeApi, fire, LINK_URL, textOf, renderLoaded } from './fixtures.js';

const renderCard = (api: FakeApi) => renderLoaded(<RelationsView api={api} />);

const answer = demoAnswer('acc-003');
const nameOf = (a: AccountAnswer, id: string) => a.snapshot.contacts.find((c) => c.id === id)!.name;
const [first, second] = [answer.snapshot.contacts[0]!, answer.snapshot.contacts[1]!];

describe('the relations card', () => {
  it('names champions, blockers and hidden influencers', async () => {
    const { sociogram } = answer.view;
    expect(sociogram.blockers.length).toBeGreaterThan(0);
    expect(sociogram.hiddenInfluencers.length).toBeGreaterThan(0);
    const { findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    const names = (ids: readonly { contactId: string }[]) =>
      ids.map((p) => nameOf(answer, p.contactId)).join(', ');
    expect(findByTestId(Text, 'champions').text).toBe(names(sociogram.champions));
    expect(findByTestId(Text, 'blockers').text).toBe(names(sociogram.blockers));
    expect(findByTestId(Text, 'hidden').text).toBe(names(sociogram.hiddenInfluencers));
  });

  it('says in words how our case reaches the decider', async () => {
    const path = answer.view.sociogram.deciderPaths[0]!;
    if (!path.found) throw new Error('the demo account has a path');
    const hop = path.hops[0]!;
    const { findByTestId } = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(findByTestId(Text, `path-${path.deciderId}`).text).toBe(
      `Von ${nameOf(answer, path.supporterId)} zu ${nameOf(answer, path.deciderId)}: ` +
        `${nameOf(answer, hop.fromId)} beeinflusst ${nameOf(answer, hop.toId)}.`,
    );
    expect(hop.kind).toBe('influences');
  });

  it('says when a decider supports us directly and when no supporter reaches them', async () => {
    const direct = demoAnswer('acc-001');
    const self = direct.view.sociogram.deciderPaths[0]!;
    const directCard = await renderCard(fakeApi(direct, { lang: 'en' }));
    expect(directCard.findByTestId(Text, `path-${self.deciderId}`).text).toBe(
      `${nameOf(direct, self.deciderId)} supports us directly.`,
    );
    const cut = demoAnswer('acc-014');
    const none = cut.view.sociogram.deciderPaths[0]!;
    expect(none.found).toBe(false);
    const cutCard = await renderCard(fakeApi(cut, { lang: 'en' }));
    expect(cutCard.findByTestId(Text, `path-${none.deciderId}`).text).toBe(
      `No path from a supporter to ${nameOf(cut, none.deciderId)}.`,
    );
  });

  it('lists every relationship by name and kind', async () => {
    const { findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    for (const r of answer.snapshot.relationships) {
      const row = textOf(findByTestId(TableRow, `relationship-${r.id}`));
      expect(row).toContain(nameOf(answer, r.fromId));
      expect(row).toContain(nameOf(answer, r.toId));
      expect(row).toContain(['weak', 'medium', 'strong'][r.strength - 1]);
    }
  });

  it('adds a relationship', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-relationship'), 'onClick');
    fire(renderer.find(Select, { name: 'fromId' }), 'onChange', first.id);
    fire(renderer.find(Select, { name: 'toId' }), 'onChange', second.id);
    fire(renderer.find(Select, { name: 'kind' }), 'onChange', 'trusts');
    fire(renderer.find(Select, { name: 'strength' }), 'onChange', 3);
    fire(renderer.find(TextArea, { name: 'note' }), 'onChange', 'Studied together');
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).toBeNull());
    expect(api.refused).toEqual([]);
    const [call] = api.callsOf('saveRecord');
    expect(call).toMatchObject({
      kind: 'relationship',
      record: { fromId: first.id, toId: second.id, kind: 'trusts', strength: 3, note: 'Studied together' },
    });
    expect((call!.record as { id: string }).id).toMatch(/^new-/);
  });

  it('edits and deletes a relationship', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    const tie = answer.snapshot.relationships[0]!;
    fire(renderer.findByTestId(Button, `edit-${tie.id}`), 'onClick');
    fire(renderer.find(Select, { name: 'strength' }), 'onChange', tie.strength === 1 ? 3 : 1);
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(1));
    expect(api.callsOf('saveRecord')[0]!.record).toEqual({ ...tie, strength: tie.strength === 1 ? 3 : 1 });
    expect(api.refused).toEqual([]);
    fire(renderer.findByTestId(Button, `delete-${tie.id}`), 'onClick');
    await renderer.waitFor(() =>
      expect(api.callsOf('deleteRecord')).toEqual([
        { method: 'deleteRecord', kind: 'relationship', id: tie.id },
      ]),
    );
    await renderer.waitFor(() =>
      expect(renderer.find(Alert, { variant: 'success' }).props.title).toBe(
        'Deleted — the score is being recalculated.',
      ),
    );
  });

  it('refuses a relationship of a person with themselves and keeps the form', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-relationship'), 'onClick');
    fire(renderer.find(Select, { name: 'fromId' }), 'onChange', first.id);
    fire(renderer.find(Select, { name: 'toId' }), 'onChange', first.id);
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain(
        'Eine Beziehung braucht zwei verschiedene Personen.',
      ),
    );
    expect(api.callsOf('saveRecord')).toHaveLength(0);
  });

  it('shows the service’s message when saving fails and keeps the input', async () => {
    const api = fakeApi(answer, { lang: 'en', saveRecord: failing('toId: unknown contact "x"') });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-relationship'), 'onClick');
    fire(renderer.find(Select, { name: 'fromId' }), 'onChange', first.id);
    fire(renderer.find(Select, { name: 'toId' }), 'onChange', second.id);
    fire(renderer.find(TextArea, { name: 'note' }), 'onChange', 'Old rivals');
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain('toId: unknown contact "x"'),
    );
    expect(renderer.find(Select, { name: 'fromId' }).props.value).toBe(first.id);
    expect(renderer.find(TextArea, { name: 'note' }).props.value).toBe('Old rivals');
  });

  it('opens the workspace at the sociogram or at the org chart', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const renderer = await renderCard(api);
    expect(renderer.findByTestId(Button, 'open-sociogram').text).toBe('Soziogramm im Arbeitsbereich');
    expect(renderer.findByTestId(Button, 'open-org-chart').text).toBe('Organigramm im Arbeitsbereich');
    fire(renderer.findByTestId(Button, 'open-org-chart'), 'onClick');
    await renderer.waitFor(() => expect(api.callsOf('openIframeModal')).toHaveLength(1));
    expect(api.callsOf('openIframeModal')[0]!.modal).toMatchObject({
      uri: LINK_URL,
      title: expect.stringContaining('Organigramm'),
    });
    fire(renderer.findByTestId(Button, 'open-sociogram'), 'onClick');
    await renderer.waitFor(() => expect(api.callsOf('openIframeModal')).toHaveLength(2));
    expect(api.callsOf('workspaceLink')).toEqual([
      { method: 'workspaceLink', view: 'org-chart' },
      { method: 'workspaceLink', view: 'sociogram' },
    ]);
  });

  it('labels everything in German for a German user', async () => {
    const { findAll } = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(findAll(DescriptionListItem).map((i) => i.props.label)).toEqual([
      'Champions (Unterstützer mit Gewicht)',
      'Blockierer',
      'Verdeckte Einflussnehmer',
    ]);
  });

  it('explains the empty state when the company is not a key account', async () => {
    const { find } = await renderCard(
      fakeApi(answer, { lang: 'en', account: failing('x', 'NOT_KEY_ACCOUNT', 404) }),
    );
    expect(find(EmptyState).props.title).toBe('Not a key account yet');
  });
});
