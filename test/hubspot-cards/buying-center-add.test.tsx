import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  Form,
  Heading,
  Input,
  LoadingButton,
  MultiSelect,
  Select,
  TableRow,
} from '@hubspot/ui-extensions';
import { Contact } from '../../src/core/model/index.js';
import { BuyingCenterView } from '../../extension/hubspot/src/app/cards/buying-center/BuyingCenterView.js';
import { notAnEmail } from '../../extension/hubspot/src/app/cards/shared/checks.js';
import type { FakeApi, Rendered } from './fixtures.js';
import {
  answerFor,
  demoAnswer,
  failing,
  fakeApi,
  fire,
  gate,
  renderLoaded,
  TODAY,
  textOf,
} from './fixtures.js';

const renderCard = (api: FakeApi) => renderLoaded(<BuyingCenterView api={api} />);
/** Matches a rendered element by its own text. */
const withText = (text: string) => (node: { readonly text: string | null }) => node.text === text;
const saveError = (r: Rendered) => textOf(r.findByTestId(Alert, 'save-error'));
const valueOf = (r: Rendered, name: string) => r.find(Input, { name }).props.value;

const answer = demoAnswer('acc-001');
const [someone] = answer.snapshot.contacts;

/** Opens the form for a new person and types who it is. */
function addPerson(r: Rendered, person: { name?: string; jobTitle?: string; email?: string }) {
  fire(r.findByTestId(Button, 'add-contact'), 'onClick');
  if (person.name !== undefined) fire(r.find(Input, { name: 'name' }), 'onChange', person.name);
  if (person.jobTitle !== undefined) fire(r.find(Input, { name: 'jobTitle' }), 'onChange', person.jobTitle);
  if (person.email !== undefined) fire(r.find(Input, { name: 'email' }), 'onChange', person.email);
}

describe('adding a person to the buying center', () => {
  it('sends the new person to the contact endpoint with a new- id, confirmed today', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const r = await renderCard(api);
    addPerson(r, { name: 'Petra Lindner', jobTitle: 'Head of Purchasing', email: 'p.lindner@kunde.de ' });
    fire(r.find(MultiSelect, { name: 'roles' }), 'onChange', ['buyer', 'gatekeeper']);
    fire(r.find(Select, { name: 'influence' }), 'onChange', 4);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')).toEqual([
      {
        method: 'saveRecord',
        kind: 'contact',
        record: {
          id: expect.stringMatching(/^new-/),
          name: 'Petra Lindner',
          jobTitle: 'Head of Purchasing',
          email: 'p.lindner@kunde.de',
          roles: ['buyer', 'gatekeeper'],
          influence: 4,
          lastConfirmedAt: TODAY,
        },
      },
    ]);
    expect(api.refused).toEqual([]);
    expect(r.find(Alert, { variant: 'success' }).props.title).toBe(
      'Saved — the score is being recalculated.',
    );
  });

  it('shows the new person with its CRM id once the account is loaded again', async () => {
    let saved: Contact | undefined;
    const api = fakeApi(answer, {
      lang: 'en',
      saveRecord: async (_kind, record) => {
        saved = { ...(record as Contact), id: '90017' };
        return saved;
      },
      account: async () =>
        saved ? answerFor({ ...answer.snapshot, contacts: [...answer.snapshot.contacts, saved] }) : answer,
    });
    const r = await renderCard(api);
    expect(r.maybeFindByTestId(TableRow, 'contact-90017')).toBeNull();
    addPerson(r, { name: 'Jonas Weber', jobTitle: 'Plant manager' });
    fire(r.find(MultiSelect, { name: 'roles' }), 'onChange', ['user']);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.findByTestId(TableRow, 'contact-90017')).toBeDefined());
    const row = textOf(r.findByTestId(TableRow, 'contact-90017'));
    expect(row).toContain('Jonas Weber');
    expect(row).toContain('Plant manager');
    expect(row).toContain('User');
    expect(api.callsOf('account')).toHaveLength(2);
  });

  it('asks for the name before sending and keeps what was typed', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const r = await renderCard(api);
    addPerson(r, { name: '   ', jobTitle: 'Einkaufsleiterin', email: 'p.lindner@kunde.de' });
    fire(r.find(Select, { name: 'attitude' }), 'onChange', 1);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(saveError(r)).toContain('Name: Bitte ausfüllen.'));
    expect(api.callsOf('saveRecord')).toEqual([]);
    expect(valueOf(r, 'jobTitle')).toBe('Einkaufsleiterin');
    expect(valueOf(r, 'email')).toBe('p.lindner@kunde.de');
    expect(r.find(Select, { name: 'attitude' }).props.value).toBe(1);
    fire(r.find(Input, { name: 'name' }), 'onChange', 'Petra Lindner');
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')).toHaveLength(1);
    expect(api.refused).toEqual([]);
  });

  it('refuses a malformed e-mail address in the user’s language and keeps the input', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const r = await renderCard(api);
    addPerson(r, { name: 'Petra Lindner', email: 'p.lindner@kunde' });
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() =>
      expect(saveError(r)).toContain('E-mail: enter a valid e-mail address such as name@company.com.'),
    );
    expect(api.callsOf('saveRecord')).toEqual([]);
    expect(valueOf(r, 'name')).toBe('Petra Lindner');
    expect(valueOf(r, 'email')).toBe('p.lindner@kunde');

    const de = await renderCard(fakeApi(answer, { lang: 'de' }));
    addPerson(de, { name: 'Petra Lindner', email: 'lindner at kunde.de' });
    fire(de.find(Form), 'onSubmit');
    await de.waitFor(() =>
      expect(saveError(de)).toContain(
        'E-Mail: Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@firma.de.',
      ),
    );
  });

  it('accepts exactly the e-mail addresses the service accepts', () => {
    const addresses = [
      'p.lindner@kunde.de',
      'o’brien@kunde.de',
      "o'brien@kunde.de",
      'a+b@sub.kunde.co.uk',
      'p.lindner@kunde',
      '.lindner@kunde.de',
      'p..lindner@kunde.de',
      'p lindner@kunde.de',
      'p@-kunde.de',
      '@kunde.de',
    ];
    const service = addresses.map((email) => Contact.safeParse({ id: 'c', name: 'N', email }).success);
    expect(service).toContain(true);
    expect(service).toContain(false);
    expect(addresses.map((email) => notAnEmail(email, 'E-mail', 'en') === undefined)).toEqual(service);
  });

  it('keeps the input and shows the service’s message when creating fails', async () => {
    const api = fakeApi(answer, {
      lang: 'de',
      saveRecord: failing('HubSpot hat den Kontakt nicht angelegt.', 'CRM_ERROR', 502),
    });
    const r = await renderCard(api);
    addPerson(r, { name: 'Petra Lindner', jobTitle: 'Einkaufsleiterin', email: 'p.lindner@kunde.de' });
    fire(r.find(MultiSelect, { name: 'roles' }), 'onChange', ['buyer']);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(saveError(r)).toContain('HubSpot hat den Kontakt nicht angelegt.'));
    expect(r.findByTestId(Alert, 'save-error').props.title).toBe('Nicht gespeichert');
    expect(r.find(Heading, withText('Person hinzufügen'))).toBeDefined();
    expect(valueOf(r, 'name')).toBe('Petra Lindner');
    expect(valueOf(r, 'jobTitle')).toBe('Einkaufsleiterin');
    expect(valueOf(r, 'email')).toBe('p.lindner@kunde.de');
    expect(r.find(MultiSelect, { name: 'roles' }).props.value).toEqual(['buyer']);
    expect(api.callsOf('account')).toHaveLength(1);
  });

  it('labels the action and the form in German and in English', async () => {
    const de = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(de.findByTestId(Button, 'add-contact').text).toBe('Person hinzufügen');
    fire(de.findByTestId(Button, 'add-contact'), 'onClick');
    expect(de.find(Heading, withText('Person hinzufügen'))).toBeDefined();
    expect(de.findAll(Input).map((i) => [i.props.name, i.props.label])).toEqual([
      ['name', 'Name'],
      ['jobTitle', 'Funktion'],
      ['email', 'E-Mail'],
    ]);
    expect(de.find(Input, { name: 'name' }).props.required).toBe(true);

    const en = await renderCard(fakeApi(answer, { lang: 'en' }));
    expect(en.findByTestId(Button, 'add-contact').text).toBe('Add person');
    fire(en.findByTestId(Button, 'add-contact'), 'onClick');
    expect(en.find(Heading, withText('Add person'))).toBeDefined();
    expect(en.findAll(Input).map((i) => i.props.label)).toEqual(['Name', 'Job title', 'E-mail']);
  });

  it('edits an existing contact without the name, job title and e-mail fields', async () => {
    const r = await renderCard(fakeApi(answer, { lang: 'en' }));
    fire(r.findByTestId(Button, `edit-${someone!.id}`), 'onClick');
    expect(r.find(Heading, withText(`Edit ${someone!.name}`))).toBeDefined();
    expect(r.findAll(Input)).toEqual([]);
  });
});

describe('the new person’s draft', () => {
  it('stays when another contact is opened, and an edited contact stays when Add is pressed', async () => {
    const r = await renderCard(fakeApi(answer, { lang: 'en' }));
    addPerson(r, { name: 'Petra Lindner' });
    fire(r.findByTestId(Button, `edit-${someone!.id}`), 'onClick');
    expect(valueOf(r, 'name')).toBe('Petra Lindner');
    await r.waitFor(() =>
      expect(textOf(r.findByTestId(Alert, 'draft-kept'))).toBe(
        'Save this form or cancel it before you edit something else.',
      ),
    );
    fire(r.findByTestId(Button, 'add-contact'), 'onClick');
    expect(valueOf(r, 'name')).toBe('Petra Lindner');

    fire(r.find(Button, withText('Cancel')), 'onClick');
    fire(r.findByTestId(Button, `edit-${someone!.id}`), 'onClick');
    fire(r.find(Select, { name: 'attitude' }), 'onChange', -2);
    fire(r.findByTestId(Button, 'add-contact'), 'onClick');
    expect(r.find(Heading, withText(`Edit ${someone!.name}`))).toBeDefined();
    expect(r.find(Select, { name: 'attitude' }).props.value).toBe(-2);
    expect(r.findAll(Input)).toEqual([]);
  });

  it('is sent once when the form is submitted twice', async () => {
    const slow = gate();
    const api = fakeApi(answer, {
      lang: 'en',
      saveRecord: async (_kind, record) => {
        await slow.wait;
        return { ...(record as Contact), id: '90018' };
      },
    });
    const r = await renderCard(api);
    addPerson(r, { name: 'Petra Lindner' });
    fire(r.find(Form), 'onSubmit');
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.find(LoadingButton).props).toMatchObject({ loading: true }));
    fire(r.find(Form), 'onSubmit');
    slow.open();
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')).toHaveLength(1);
  });
});
