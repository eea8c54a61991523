import { describe, expect, it } from '@jest/globals';
import { analyseAccount } from '../../src/core/account-view.js';
import { formatNumber } from '../../src/core/i18n/index.js';
import type { Contact } from '../../src/core/model/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import { ApiError } from '../../src/workspace/api.js';
import { actionWithStatus } from '../../src/workspace/components/edit-action.js';
import { contactWithEdits } from '../../src/workspace/components/edit-contact.js';
import { mountAccountPage } from '../../src/workspace/pages/account.js';
import { ACCOUNT_VIEWS } from '../../src/workspace/view-types.js';
import { demoSnapshot, makeDom, NOW, overTheWire, settle, TODAY } from './fixtures.js';
import { FakeService, testContext } from './page-kit.js';

async function openAccount(id: string, lang: 'de' | 'en' = 'de', view?: (typeof ACCOUNT_VIEWS)[number]) {
  const dom = makeDom();
  const doc = dom.window.document;
  const container = doc.getElementById('app')!;
  const service = new FakeService(overTheWire(demoSnapshot(id)));
  const ctx = testContext(service.api, lang);
  const page = mountAccountPage(container, ctx, id, view);
  await settle();
  return { dom, doc, container, service, ctx, page };
}

const select = (form: Element, name: string) =>
  form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
function choose(dom: ReturnType<typeof makeDom>, control: HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
}
const submitButton = (form: Element) => form.querySelector<HTMLButtonElement>('button[type="submit"]')!;

describe('account page', () => {
  it('shows the account, its score and a container for every view', async () => {
    const { container, ctx, service } = await openAccount('acc-classic');
    const view = analyseAccount(service.snapshot, DEFAULT_MODEL, NOW);
    expect(container.querySelector('[data-testid="account-title"]')!.textContent).toBe(
      service.snapshot.account.name,
    );
    expect(container.querySelector('[data-testid="score-value"]')!.textContent).toBe(
      formatNumber(view.score.score, 'de'),
    );
    for (const id of ACCOUNT_VIEWS) {
      const box = container.querySelector(`[data-testid="view-${id}"]`);
      expect(box?.querySelector('svg')?.getAttribute('data-drawn')).toBe(id);
    }
    expect(ctx.views.draws.map((d) => d.view)).toEqual([...ACCOUNT_VIEWS]);
    expect(ctx.views.draws.every((d) => d.options.lang === 'de')).toBe(true);
    const selecting = ctx.views.draws.filter((d) => d.options.onSelect).map((d) => d.view);
    expect(selecting.sort()).toEqual(['buying-center', 'org-chart', 'sociogram', 'timeline']);
    expect(container.querySelector('a[href="#/portfolio"]')).not.toBeNull();
    expect(container.textContent).toContain('Konkrete Projekte');
  });

  it('draws everything again in the other language', async () => {
    const { container, ctx, page } = await openAccount('acc-classic');
    ctx.setLang('en');
    page.rerender();
    expect(container.textContent).toContain('Concrete projects');
    expect(container.textContent).not.toContain('Konkrete Projekte');
    expect(ctx.views.draws.slice(-ACCOUNT_VIEWS.length).every((d) => d.options.lang === 'en')).toBe(true);
  });

  it('saves a person’s attitude, roles and influence, reloads and shows the score change', async () => {
    const { dom, container, service, ctx } = await openAccount('acc-006');
    const decider = service.snapshot.contacts.find((c) => c.roles.includes('decider'))!;
    expect(decider.attitude).toBeLessThan(0);
    const before = analyseAccount(service.snapshot, DEFAULT_MODEL, NOW).score.score;

    // Chosen in the sociogram: the view's onSelect opens the form.
    ctx.views.draws.find((d) => d.view === 'sociogram')!.options.onSelect!(decider.id);
    const form = container.querySelector('[data-testid="edit-contact"]')!;
    expect(form).not.toBeNull();
    expect(form.ownerDocument.activeElement).toBe(select(form, 'attitude'));
    choose(dom, select(form, 'attitude'), '2');
    choose(dom, select(form, 'influence'), '4');
    form.querySelector<HTMLInputElement>('input[value="coach"]')!.checked = true;

    let release!: () => void;
    service.hold = new Promise((resolve) => (release = resolve));
    submitButton(form).click();
    await settle(1);
    expect(submitButton(form).disabled).toBe(true);
    expect(form.querySelector<HTMLButtonElement>('button[type="button"]')!.disabled).toBe(true);
    release();
    await settle();

    expect(service.saves).toEqual([
      {
        accountId: 'acc-006',
        kind: 'contact',
        record: {
          ...decider,
          attitude: 2,
          influence: 4,
          roles: ['decider', 'coach'],
          lastConfirmedAt: TODAY,
        },
      },
    ]);
    expect(service.accountLoads).toBe(2);
    const after = analyseAccount(service.snapshot, DEFAULT_MODEL, NOW).score.score;
    expect(after).toBeGreaterThan(before);
    expect(container.querySelector('[data-testid="edit-contact"]')).toBeNull();
    expect(container.querySelector('[data-testid="score-value"]')!.textContent).toBe(
      formatNumber(after, 'de'),
    );
    const change = container.querySelector('[data-testid="score-change"]')!.textContent!;
    expect(change).toContain(`${formatNumber(before, 'de')} → ${formatNumber(after, 'de')}`);
    expect(change).toContain('▲');
    expect(container.textContent).toContain('Gespeichert — der Score wird neu berechnet.');
  });

  it('keeps the form open with the service’s message when a save fails', async () => {
    const { container, service } = await openAccount('acc-006');
    const person = service.snapshot.contacts[1]!;
    container.querySelector<HTMLButtonElement>(`tr[data-contact-id="${person.id}"] button`)!.click();
    const form = container.querySelector('[data-testid="edit-contact"]')!;
    service.failNextSave = new ApiError(400, 'BAD_REQUEST', 'ungültige Anfrage: body.influence');
    submitButton(form).click();
    await settle();
    expect(container.querySelector('[data-testid="edit-contact"]')).toBe(form);
    expect(form.querySelector('[role="alert"]')!.textContent).toBe('ungültige Anfrage: body.influence');
    expect(submitButton(form).disabled).toBe(false);
    expect(service.accountLoads).toBe(1);
    expect(container.querySelector('[data-testid="score-change"]')).toBeNull();
  });

  it('sets an action done with today as completion day, from the timeline', async () => {
    const { dom, container, service, ctx } = await openAccount('acc-009');
    const open = service.snapshot.actions.find((a) => a.status === 'planned')!;
    ctx.views.draws.find((d) => d.view === 'timeline')!.options.onSelect!(open.id);
    const form = container.querySelector('[data-testid="edit-action"]')!;
    expect(select(form, 'status').value).toBe('planned');
    choose(dom, select(form, 'status'), 'done');
    submitButton(form).click();
    await settle();
    expect(service.saves[0]).toEqual({
      accountId: 'acc-009',
      kind: 'action',
      record: { ...open, status: 'done', completedOn: TODAY },
    });
    expect(container.querySelector('[data-testid="score-change"]')).not.toBeNull();
  });

  it('reopens a done action without its completion day, from the list', async () => {
    const { dom, container, service } = await openAccount('acc-009');
    const done = service.snapshot.actions.find((a) => a.status === 'done' && a.completedOn)!;
    container.querySelector<HTMLButtonElement>(`tr[data-action-id="${done.id}"] button`)!.click();
    const form = container.querySelector('[data-testid="edit-action"]')!;
    choose(dom, select(form, 'status'), 'in_progress');
    submitButton(form).click();
    await settle();
    const reopened: Record<string, unknown> = { ...done, status: 'in_progress' };
    delete reopened.completedOn;
    expect(service.saves[0]!.record).toEqual(reopened);
  });

  it('checks a new relationship before saving it, in the reader’s language', async () => {
    for (const lang of ['de', 'en'] as const) {
      const { dom, container, service } = await openAccount('acc-classic', lang);
      const add = [...container.querySelectorAll('button')].find(
        (b) => b.textContent === (lang === 'de' ? 'Beziehung hinzufügen' : 'Add a relationship'),
      )!;
      add.click();
      const form = container.querySelector('[data-testid="edit-relationship"]')!;
      submitButton(form).click();
      await settle();
      const messages = () => [...form.querySelectorAll('[role="alert"] p')].map((p) => p.textContent);
      expect(messages()).toEqual(
        lang === 'de'
          ? [
              'Bitte wählen Sie, von wem die Beziehung ausgeht.',
              'Bitte wählen Sie, zu wem die Beziehung besteht.',
            ]
          : ['Please choose who the relationship starts from.', 'Please choose who the relationship is to.'],
      );
      expect(select(form, 'fromId').getAttribute('aria-invalid')).toBe('true');
      expect(form.ownerDocument.activeElement).toBe(select(form, 'fromId'));

      const [a, b] = service.snapshot.contacts as [Contact, Contact, ...Contact[]];
      choose(dom, select(form, 'fromId'), a.id);
      choose(dom, select(form, 'toId'), a.id);
      submitButton(form).click();
      await settle();
      expect(messages()).toEqual([
        lang === 'de'
          ? 'Eine Beziehung braucht zwei verschiedene Personen.'
          : 'A relationship needs two different people.',
      ]);
      expect(select(form, 'fromId').hasAttribute('aria-invalid')).toBe(false);
      expect(service.saves).toEqual([]);

      choose(dom, select(form, 'toId'), b.id);
      choose(dom, select(form, 'kind'), 'trusts');
      choose(dom, select(form, 'strength'), '3');
      submitButton(form).click();
      await settle();
      expect(service.saves).toEqual([
        {
          accountId: 'acc-classic',
          kind: 'relationship',
          record: { id: 'new-r4nd0m', fromId: a.id, toId: b.id, kind: 'trusts', strength: 3 },
        },
      ]);
    }
  });

  it('refuses a relationship that is already recorded', async () => {
    const { dom, container, service } = await openAccount('acc-classic', 'en');
    const known = service.snapshot.relationships[0]!;
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add a relationship')!.click();
    const form = container.querySelector('[data-testid="edit-relationship"]')!;
    choose(dom, select(form, 'fromId'), known.fromId);
    choose(dom, select(form, 'toId'), known.toId);
    choose(dom, select(form, 'kind'), known.kind);
    submitButton(form).click();
    await settle();
    expect(form.querySelector('[role="alert"]')!.textContent).toBe('This relationship is already recorded.');
    expect(service.saves).toEqual([]);
  });

  it('closes a form on Escape and gives focus back to what opened it', async () => {
    const { dom, container, service } = await openAccount('acc-classic');
    const opener = container.querySelector<HTMLButtonElement>(
      `tr[data-contact-id="${service.snapshot.contacts[0]!.id}"] button`,
    )!;
    opener.focus();
    opener.click();
    const form = container.querySelector('[data-testid="edit-contact"]')!;
    form.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(container.querySelector('[data-testid="edit-contact"]')).toBeNull();
    expect(opener.ownerDocument.activeElement).toBe(opener);
  });

  it('brings the view a card asked for into sight: its heading has the focus', async () => {
    const { doc, container } = await openAccount('acc-classic', 'de', 'sociogram');
    const section = container.querySelector('[data-testid="view-sociogram"]')!.closest('section')!;
    expect(doc.activeElement).toBe(section.querySelector('h2'));
    expect(doc.activeElement!.textContent).toBe('Soziogramm');
    const plain = await openAccount('acc-classic', 'de');
    expect(plain.doc.activeElement?.tagName).not.toBe('H2');
  });

  it('says so when the account is not a key account', async () => {
    const { container, ctx } = await (async () => {
      const dom = makeDom();
      const container = dom.window.document.getElementById('app')!;
      const service = new FakeService(overTheWire(demoSnapshot('acc-classic')));
      service.failNextLoad = new ApiError(404, 'NOT_KEY_ACCOUNT', '4711 ist kein Key Account');
      const ctx = testContext(service.api, 'de');
      mountAccountPage(container, ctx, 'acc-classic');
      await settle();
      return { container, ctx };
    })();
    expect(container.querySelector('h1')!.textContent).toBe('Kein Key Account');
    expect(container.textContent).toContain('4711 ist kein Key Account');
    expect(ctx.errors).toEqual([]);
  });

  it('keeps a way to try again when loading fails', async () => {
    const dom = makeDom();
    const container = dom.window.document.getElementById('app')!;
    const service = new FakeService(overTheWire(demoSnapshot('acc-classic')));
    service.failNextLoad = new ApiError(503, 'UNAVAILABLE', 'vorübergehend nicht verfügbar');
    const ctx = testContext(service.api, 'de');
    mountAccountPage(container, ctx, 'acc-classic');
    await settle();
    expect(ctx.errors).toHaveLength(1);
    expect(container.textContent).toContain('Die Daten konnten nicht geladen werden.');
    container.querySelector<HTMLButtonElement>('.placeholder button')!.click();
    await settle();
    expect(container.querySelector('[data-testid="account-title"]')).not.toBeNull();
  });
});

describe('request bodies', () => {
  const contact: Contact = overTheWire(demoSnapshot('acc-009').contacts[0]!);

  it('a contact without a known attitude or influence leaves both out', () => {
    const body = contactWithEdits(
      contact,
      { attitude: undefined, influence: undefined, roles: ['coach', 'buyer'] },
      TODAY,
    );
    expect('attitude' in body).toBe(false);
    expect('influence' in body).toBe(false);
    expect(body.roles).toEqual(['buyer', 'coach']);
    expect(body).toMatchObject({ id: contact.id, name: contact.name, lastConfirmedAt: TODAY });
  });

  it('a done action keeps the day it was already done', () => {
    const done = overTheWire(demoSnapshot('acc-009').actions.find((a) => a.status === 'done')!);
    expect(actionWithStatus(done, 'done', TODAY).completedOn).toBe(done.completedOn);
    expect(actionWithStatus({ ...done, status: 'planned' }, 'cancelled', TODAY)).not.toHaveProperty(
      'completedOn',
    );
  });
});
