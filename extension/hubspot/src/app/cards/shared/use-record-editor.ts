import { useRef, useState } from 'react';
import type { DeletableKind, RecordKind, RecordTypes } from './api.js';
import type { CardApi } from './card-api.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';
import { useTask } from './use-task.js';

let created = 0;
/** An id for a record not yet in the CRM: the service creates it and the CRM assigns the real id. */
export function newRecordId(): string {
  created += 1;
  return `new-${Date.now().toString(36)}-${created}`;
}

export interface RecordEditor<K extends RecordKind> {
  /** The record in the form, with the user's changes; undefined when no form is open. */
  readonly draft: RecordTypes[K] | undefined;
  readonly isNew: boolean;
  /**
   * Opens a record in the form. While the open form holds unsaved input it stays open instead, says
   * so, and the answer is false: a draft is never replaced behind the user's back.
   */
  readonly open: (record: RecordTypes[K], isNew: boolean) => boolean;
  /** Closes a form without unsaved input (true); one with unsaved input stays and says so (false). */
  readonly release: () => boolean;
  readonly change: (patch: Partial<RecordTypes[K]>) => void;
  readonly cancel: () => void;
  /** Saves the draft once (a second Enter meanwhile does nothing); on failure the form keeps the draft. */
  readonly save: () => Promise<void>;
  readonly saving: boolean;
  readonly saveError: string | undefined;
  /** Why the form did not make way for another record: it holds unsaved input. */
  readonly blocked: string | undefined;
  readonly remove: (id: string) => Promise<void>;
  readonly removing: boolean;
  readonly removeError: string | undefined;
  /** What the last save or delete did, for a short confirmation. */
  readonly notice: string | undefined;
}

interface Form<R> {
  readonly draft: R;
  /** The record as opened (or as saved): the draft differs from it when the user changed something. */
  readonly original: R;
  readonly isNew: boolean;
}

/** Equal as JSON: an optional field cleared again counts as unchanged. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Add, edit and delete one kind of KAM record through the card API. `validate` answers a message
 * when the draft cannot be saved as it is; `refresh` reloads the account after a change.
 */
export function useRecordEditor<K extends RecordKind>(
  api: CardApi,
  kind: K,
  refresh: () => void,
  validate: (draft: RecordTypes[K], lang: Lang) => string | undefined = () => undefined,
): RecordEditor<K> {
  type R = RecordTypes[K];
  const [form, setFormState] = useState<Form<R>>();
  // The form as of the last change, before React renders it: a submit right after a change saves it.
  const latest = useRef<Form<R>>(undefined);
  const setForm = (next: Form<R> | undefined) => {
    latest.current = next;
    setFormState(next);
  };
  const [notice, setNotice] = useState<string>();
  const [invalid, setInvalid] = useState<string>();
  const [blocked, setBlocked] = useState<string>();
  const isDirty = () => latest.current !== undefined && !same(latest.current.draft, latest.current.original);

  const saveTask = useTask(async (record: R) => {
    const saved = await api.saveRecord(kind, record);
    const now = latest.current;
    if (!now || now.draft === record) setForm(undefined);
    // Typed while the save ran: stays in the form, now as an edit of the saved record.
    else if (now.draft.id === record.id)
      setForm({ draft: { ...now.draft, id: saved.id }, original: saved, isNew: false });
    setBlocked(undefined);
    setNotice(t('card.saved', api.lang));
    refresh();
  }, api.lang);
  const removeTask = useTask(async (id: string) => {
    await api.deleteRecord(kind as DeletableKind, id);
    setNotice(t('card.deleted', api.lang));
    refresh();
  }, api.lang);

  const close = () => {
    setForm(undefined);
    setInvalid(undefined);
    setBlocked(undefined);
    saveTask.clearError();
  };
  const refuse = () => {
    setBlocked(t('card.draft.open', api.lang));
    return false;
  };

  return {
    draft: form?.draft,
    isNew: form?.isNew ?? false,
    open: (record, asNew) => {
      const open = latest.current;
      if (open && !asNew && !open.isNew && open.draft.id === record.id) return true;
      if (isDirty()) return refuse();
      close();
      setForm({ draft: record, original: record, isNew: asNew });
      setNotice(undefined);
      return true;
    },
    release: () => {
      if (isDirty()) return refuse();
      close();
      return true;
    },
    change: (patch) => {
      const f = latest.current;
      if (f) setForm({ ...f, draft: { ...f.draft, ...patch } });
    },
    cancel: close,
    save: async () => {
      const draft = latest.current?.draft;
      if (!draft) return;
      const problem = validate(draft, api.lang);
      setInvalid(problem);
      if (problem === undefined) await saveTask.run(draft);
    },
    saving: saveTask.busy,
    saveError: invalid ?? saveTask.error,
    blocked,
    remove: async (id) => {
      setNotice(undefined);
      await removeTask.run(id);
    },
    removing: removeTask.busy,
    removeError: removeTask.error,
    notice,
  };
}
