import { describe, expect, it } from '@jest/globals';
import { Alert, Button, Form, Input, NumberInput, Select } from '@hubspot/ui-extensions';
import { BuyingCenterView } from '../../extension/hubspot/src/app/cards/buying-center/BuyingCenterView.js';
import { OpportunitiesView } from '../../extension/hubspot/src/app/cards/opportunities/OpportunitiesView.js';
import { RelationsView } from '../../extension/hubspot/src/app/cards/relations/RelationsView.js';
import { ValueChainView } from '../../extension/hubspot/src/app/cards/value-chain/ValueChainView.js';
import type { FakeApi, Rendered } from './fixtures.js';
import { demoAnswer, fakeApi, fire, renderLoaded, textOf } from './fixtures.js';

/** Submits the open form, which must show `message` and send nothing to the service. */
async function expectRefusal(r: Rendered, api: FakeApi, message: string): Promise<void> {
  fire(r.find(Form), 'onSubmit');
  await r.waitFor(() => expect(textOf(r.findByTestId(Alert, 'save-error'))).toContain(message));
  expect(api.callsOf('saveRecord')).toHaveLength(0);
}

const accounts = { plain: demoAnswer('acc-001'), network: demoAnswer('acc-003') };

describe('forms check numbers before sending', () => {
  it('potential: no negative volume, probability from 0 to 100 %, the input kept', async () => {
    const api = fakeApi(accounts.plain, { lang: 'en' });
    const r = await renderLoaded(<OpportunitiesView api={api} />);
    fire(r.findByTestId(Button, 'add-potential'), 'onClick');
    fire(r.find(Input, { name: 'productLine' }), 'onChange', 'Retrofit');
    fire(r.find(NumberInput, { name: 'volumePerYear' }), 'onChange', -5000);
    await expectRefusal(r, api, 'Volume per year: must not be negative.');
    expect(r.find(NumberInput, { name: 'volumePerYear' }).props.value).toBe(-5000);

    fire(r.find(NumberInput, { name: 'volumePerYear' }), 'onChange', 5000);
    fire(r.find(NumberInput, { name: 'probability' }), 'onChange', 150);
    await expectRefusal(r, api, 'Probability: enter a value from 0% to 100%.');
    expect(r.find(NumberInput, { name: 'probability' }).props.value).toBe(150);

    fire(r.find(NumberInput, { name: 'probability' }), 'onChange', 33.5);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')[0]!.record).toMatchObject({ volumePerYear: 5000, probability: 0.335 });
    expect(api.refused).toEqual([]);
  });

  it('contact: influence 1–5, in German', async () => {
    const api = fakeApi(accounts.plain, { lang: 'de' });
    const r = await renderLoaded(<BuyingCenterView api={api} />);
    const person = accounts.plain.snapshot.contacts[0]!;
    fire(r.findByTestId(Button, `edit-${person.id}`), 'onClick');
    fire(r.find(Select, { name: 'influence' }), 'onChange', 7);
    await expectRefusal(r, api, 'Einfluss: Bitte einen Wert von 1 bis 5 angeben.');
    expect(r.find(Select, { name: 'influence' }).props.value).toBe(7);
  });

  it('relationship: strength 1–3', async () => {
    const api = fakeApi(accounts.network, { lang: 'en' });
    const r = await renderLoaded(<RelationsView api={api} />);
    const tie = accounts.network.snapshot.relationships[0]!;
    fire(r.findByTestId(Button, `edit-${tie.id}`), 'onClick');
    fire(r.find(Select, { name: 'strength' }), 'onChange', 4);
    await expectRefusal(r, api, 'Strength: enter a value from 1 to 3.');
  });

  it('value-chain note: impact 1–3', async () => {
    const api = fakeApi(accounts.plain, { lang: 'en' });
    const r = await renderLoaded(<ValueChainView api={api} />);
    fire(r.findByTestId(Button, 'add-procurement'), 'onClick');
    fire(r.find(Select, { name: 'impact' }), 'onChange', 0);
    await expectRefusal(r, api, 'Impact on the customer: enter a value from 1 to 3.');
  });
});
