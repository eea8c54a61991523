import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  EmptyState,
  Flex,
  Form,
  Heading,
  Select,
  Text,
  TextArea,
  Tile,
} from '@hubspot/ui-extensions';
import { PORTER_ACTIVITIES } from '../../src/core/model/values.js';
import { ValueChainView } from '../../extension/hubspot/src/app/cards/value-chain/ValueChainView.js';
import type { FakeApi } from './fixtures.js';
import { demoAnswer, failing, fakeApi, fire, textOf, renderLoaded } from './fixtures.js';

const renderCard = (api: FakeApi) => renderLoaded(<ValueChainView api={api} />);

const answer = demoAnswer('acc-001');
const notes = answer.snapshot.valueChain;

describe('the value-chain card', () => {
  it('shows all nine activities with their notes, impact and where we help', async () => {
    expect(notes.length).toBeGreaterThan(0);
    const { findAll, findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    expect(findAll(Tile).map((tile) => tile.props.testId)).toEqual(
      PORTER_ACTIVITIES.map((a) => `activity-${a}`),
    );
    for (const n of notes) {
      const tile = textOf(findByTestId(Tile, `activity-${n.activity}`));
      const note = textOf(findByTestId(Flex, `note-${n.id}`));
      expect(tile).toContain(note);
      expect(note).toContain(
        { strength: 'Strength', weakness: 'Weakness', neutral: 'Neutral' }[n.assessment],
      );
      expect(note).toContain(`Impact on the customer: ${['low', 'medium', 'high'][n.impact - 1]}`);
      if (n.note) expect(note).toContain(n.note);
      if (n.ourContribution) expect(note).toContain(`Where we help: ${n.ourContribution}`);
    }
    const empty = PORTER_ACTIVITIES.find((a) => !notes.some((n) => n.activity === a));
    if (empty) expect(textOf(findByTestId(Tile, `activity-${empty}`))).toContain('Not assessed yet.');
    expect(notes.map((n) => n.assessment).sort()).toEqual([
      'neutral',
      'neutral',
      'neutral',
      'strength',
      'weakness',
      'weakness',
    ]);
    expect(findByTestId(Text, 'summary').text).toBe('1 strength, 2 weaknesses');
  });

  it('adds a note to an activity', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-procurement'), 'onClick');
    fire(renderer.find(Select, { name: 'assessment' }), 'onChange', 'weakness');
    fire(renderer.find(Select, { name: 'impact' }), 'onChange', 3);
    fire(renderer.find(TextArea, { name: 'note' }), 'onChange', 'Purchasing is split over six plants');
    fire(
      renderer.find(TextArea, { name: 'ourContribution' }),
      'onChange',
      'Framework contract for all plants',
    );
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).toBeNull());
    expect(api.refused).toEqual([]);
    const [call] = api.callsOf('saveRecord');
    expect(call).toMatchObject({
      kind: 'valueChainNote',
      record: {
        activity: 'procurement',
        assessment: 'weakness',
        impact: 3,
        note: 'Purchasing is split over six plants',
        ourContribution: 'Framework contract for all plants',
      },
    });
    expect((call!.record as { id: string }).id).toMatch(/^new-/);
  });

  it('edits and deletes a note', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    const note = notes[0]!;
    fire(renderer.findByTestId(Button, `edit-${note.id}`), 'onClick');
    fire(renderer.find(TextArea, { name: 'ourContribution' }), 'onChange', 'Shorter lead times');
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(1));
    expect(api.callsOf('saveRecord')[0]!.record).toEqual({ ...note, ourContribution: 'Shorter lead times' });
    expect(api.refused).toEqual([]);
    fire(renderer.findByTestId(Button, `delete-${note.id}`), 'onClick');
    await renderer.waitFor(() =>
      expect(api.callsOf('deleteRecord')).toEqual([
        { method: 'deleteRecord', kind: 'valueChainNote', id: note.id },
      ]),
    );
  });

  it('shows the service’s message when deleting fails', async () => {
    const api = fakeApi(answer, {
      lang: 'de',
      deleteRecord: failing('Notiz nicht gefunden', 'NOT_FOUND', 404),
    });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, `delete-${notes[0]!.id}`), 'onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'action-error').text).toBe('Notiz nicht gefunden'),
    );
  });

  it('keeps the input and shows the service’s message when saving fails', async () => {
    const api = fakeApi(answer, {
      lang: 'de',
      saveRecord: failing('body.impact: Zahl zwischen 1 und 3 erwartet'),
    });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-service'), 'onClick');
    fire(renderer.find(TextArea, { name: 'note' }), 'onChange', 'Servicetechniker fehlen');
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain(
        'body.impact: Zahl zwischen 1 und 3 erwartet',
      ),
    );
    expect(renderer.find(TextArea, { name: 'note' }).props.value).toBe('Servicetechniker fehlen');
    expect(renderer.find(Select, { name: 'activity' }).props.value).toBe('service');
  });

  it('labels everything in German for a German user', async () => {
    const { findAll, findByTestId } = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(findAll(Heading).map((h) => h.text)).toEqual([
      'Wertkette',
      'Primäre Aktivitäten',
      'Unterstützende Aktivitäten',
    ]);
    expect(textOf(findByTestId(Tile, 'activity-inbound_logistics'))).toContain('Eingangslogistik');
    expect(findByTestId(Button, 'add-procurement').text).toBe('Notiz hinzufügen');
    expect(findByTestId(Text, 'summary').text).toBe('1 Stärke, 2 Schwächen');
  });

  it('explains the empty state when the company is not a key account', async () => {
    const { find } = await renderCard(
      fakeApi(answer, { lang: 'en', account: failing('x', 'NOT_KEY_ACCOUNT', 404) }),
    );
    expect(find(EmptyState).props.title).toBe('Not a key account yet');
  });
});
