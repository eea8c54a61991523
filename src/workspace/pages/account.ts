import { t } from '../../core/i18n/index.js';
import { ApiError } from '../api.js';
import type { EditableKind, EditableRecords } from '../api.js';
import { accountHeader } from '../components/account-header.js';
import { actionList } from '../components/action-list.js';
import { actionForm } from '../components/edit-action.js';
import { contactForm } from '../components/edit-contact.js';
import { relationshipForm } from '../components/edit-relationship.js';
import { EditorPanel } from '../components/editor-panel.js';
import { gapList } from '../components/gap-list.js';
import { peopleList } from '../components/people-list.js';
import { projectsTable } from '../components/projects-table.js';
import { scoreBreakdown } from '../components/score-breakdown.js';
import { scoreHistory } from '../components/score-history.js';
import type { ScoreChange } from '../components/score-panel.js';
import { scorePanel } from '../components/score-panel.js';
import type { MountedView } from '../components/view-frame.js';
import { mountView } from '../components/view-frame.js';
import type { Page, PageContext } from '../context.js';
import type { AccountAnswer } from '../contract.js';
import type { Child } from '../dom.js';
import { button, h, replaceChildren } from '../dom.js';
import { PORTFOLIO_HASH } from '../router.js';
import type { AccountViewId } from '../view-types.js';
import { ACCOUNT_VIEWS, VIEW_SELECTS, VIEW_TITLE } from '../view-types.js';
import { showLoadFailed, showLoading } from './load-failed.js';

/**
 * One key account: the score and why, the gaps, the method's pictures, projects and history, and
 * the edits a rep makes most (a person's attitude and roles, an action's status, a new relationship).
 * After a save the account is loaded again and the score's change is shown.
 */
export function mountAccountPage(
  container: HTMLElement,
  ctx: PageContext,
  accountId: string,
  /** A view to bring into sight once the page is drawn (a card's "open the sociogram"). */
  focusView?: AccountViewId,
): Page {
  const doc = container.ownerDocument;
  let answer: AccountAnswer | undefined;
  let change: ScoreChange | undefined;
  let savedNotice = false;
  let views: MountedView[] = [];
  let editor: EditorPanel | undefined;
  let disposed = false;
  let loading = false;

  const load = async () => {
    showLoading(container, t('workspace.load.account', ctx.lang()));
    loading = true;
    try {
      const loaded = await ctx.api.account(accountId);
      if (disposed) return;
      const first = answer === undefined;
      answer = loaded;
      ctx.showTenant(loaded.tenant);
      render();
      if (first && focusView) bringIntoSight(focusView);
    } catch (error) {
      if (disposed) return;
      if (error instanceof ApiError && error.code === 'NOT_KEY_ACCOUNT') showNotKeyAccount(error.message);
      else showLoadFailed(container, ctx, error, () => void load());
    } finally {
      loading = false;
    }
  };

  /** Saves a record, then shows the account as the service now scores it. */
  const save = async <K extends EditableKind>(kind: K, record: EditableRecords[K]) => {
    const before = answer?.view.score.score;
    try {
      await ctx.api.saveRecord(accountId, kind, record);
    } catch (error) {
      if (error instanceof ApiError && error.linkRefused) ctx.reportError(error);
      throw error;
    }
    editor?.close(false);
    savedNotice = true;
    renderNotice();
    try {
      const reloaded = await ctx.api.account(accountId);
      if (disposed) return;
      answer = reloaded;
      if (before !== undefined) change = { before, after: reloaded.view.score.score };
      render();
      container.querySelector<HTMLElement>('[data-testid="score-change"]')?.focus();
    } catch (error) {
      if (!disposed) ctx.reportError(error, () => void load());
    }
  };

  const editContact = (contactId: string, opener?: Element | null) => {
    const contact = answer?.snapshot.contacts.find((c) => c.id === contactId);
    if (!contact || !editor) return;
    const form = contactForm(doc, contact, ctx.lang(), {
      today: ctx.today,
      save: (body) => save('contact', body),
      cancel: () => editor?.close(),
    });
    editor.open(form, opener ?? doc.activeElement);
  };

  const editAction = (actionId: string, opener?: Element | null) => {
    const action = answer?.snapshot.actions.find((a) => a.id === actionId);
    if (!action || !editor) return;
    const form = actionForm(doc, action, ctx.lang(), {
      today: ctx.today,
      save: (body) => save('action', body),
      cancel: () => editor?.close(),
    });
    editor.open(form, opener ?? doc.activeElement);
  };

  const addRelationship = (opener: Element) => {
    if (!answer || !editor) return;
    const form = relationshipForm(doc, answer.snapshot.contacts, answer.snapshot.relationships, ctx.lang(), {
      randomId: ctx.randomId,
      save: (body) => save('relationship', body),
      cancel: () => editor?.close(),
    });
    editor.open(form, opener);
  };

  const noticeHost = h(doc, 'div', { class: 'page-notice' });
  function renderNotice() {
    replaceChildren(
      noticeHost,
      savedNotice && h(doc, 'p', { class: 'notice', role: 'status' }, t('workspace.saved', ctx.lang())),
    );
  }

  function render() {
    if (!answer) return;
    const { snapshot, view, history } = answer;
    const lang = ctx.lang();
    for (const v of views) v.dispose();
    views = [];
    const section = (title: string, ...children: Child[]) =>
      h(doc, 'section', { class: 'panel', 'aria-label': title }, h(doc, 'h2', {}, title), ...children);
    const boxes = new Map(
      ACCOUNT_VIEWS.map((id) => [
        id,
        h(doc, 'div', { class: `view view--${id}`, 'data-testid': `view-${id}` }),
      ]),
    );
    const viewSection = (id: AccountViewId, ...extra: Child[]) =>
      section(t(VIEW_TITLE[id], lang), boxes.get(id), ...extra);
    const addButton = button(doc, t('workspace.relationship.add', lang), () => addRelationship(addButton), {
      class: 'button',
    });
    const editorHost = h(doc, 'aside', { class: 'editor', 'aria-label': t('workspace.editor.label', lang) });
    editor = new EditorPanel(editorHost);
    renderNotice();

    replaceChildren(
      container,
      noticeHost,
      accountHeader(doc, snapshot.account, lang, ctx.scopedTo() === undefined),
      h(
        doc,
        'div',
        { class: 'columns' },
        scorePanel(doc, view.score, lang, change),
        gapList(doc, view.gaps, lang),
      ),
      scoreBreakdown(doc, view.score, lang),
      viewSection('buying-center'),
      viewSection('sociogram', h(doc, 'p', { class: 'section-actions' }, addButton)),
      viewSection('org-chart'),
      section(t('workspace.people.title', lang), peopleList(doc, snapshot.contacts, lang, editContact)),
      viewSection('value-chain'),
      viewSection('horizons'),
      viewSection('timeline', actionList(doc, snapshot.actions, view.plan, lang, editAction)),
      section(t('term.projects', lang), projectsTable(doc, view.projects, snapshot.account.currency, lang)),
      section(t('workspace.history.title', lang), scoreHistory(doc, history, lang)),
      editorHost,
    );

    const current = answer;
    for (const id of ACCOUNT_VIEWS) {
      const selects = VIEW_SELECTS[id];
      const onSelect = selects === 'contact' ? editContact : selects === 'action' ? editAction : undefined;
      views.push(
        mountView(
          boxes.get(id)!,
          (svg, width) =>
            ctx.views.account(id, svg, current, {
              lang,
              ...(width !== undefined ? { width } : {}),
              ...(onSelect ? { onSelect: (selected: string) => onSelect(selected) } : {}),
            }),
          () => t('workspace.view.failed', ctx.lang()),
        ),
      );
    }
  }

  function bringIntoSight(id: AccountViewId) {
    const section = container.querySelector(`[data-testid="view-${id}"]`)?.closest('section');
    const heading = section?.querySelector<HTMLElement>('h2');
    if (!section || !heading) return;
    heading.tabIndex = -1;
    // jsdom has no scrolling; browsers do
    section.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  function showNotKeyAccount(message: string) {
    const lang = ctx.lang();
    replaceChildren(
      container,
      h(
        doc,
        'div',
        { class: 'placeholder' },
        h(doc, 'h1', {}, t('workspace.account.notKeyAccount', lang)),
        message && h(doc, 'p', {}, message),
        h(doc, 'p', {}, t('workspace.account.notKeyAccountHelp', lang)),
        ctx.scopedTo() === undefined &&
          h(doc, 'a', { href: PORTFOLIO_HASH, class: 'button' }, t('workspace.account.back', lang)),
      ),
    );
  }

  void load();
  return {
    // Without data (it failed to load) the page asks again, so its sentences come in the new language.
    rerender: () => (answer ? render() : loading ? undefined : void load()),
    dispose() {
      disposed = true;
      for (const v of views) v.dispose();
    },
  };
}
