import { useState } from 'react';
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
  readonly open: (record: RecordTypes[K], isNew: boolean) => void;
  readonly change: (patch: Partial<RecordTypes[K]>) => void;
  readonly cancel: () => void;
  /** Saves the draft; on failure the form stays open with the draft and the service's message. */
  readonly save: () => Promise<void>;
  readonly saving: boolean;
  readonly saveError: string | undefined;
  readonly remove: (id: string) => Promise<void>;
  readonly removeError: string | undefined;
  /** What the last save or delete did, for a short confirmation. */
  readonly notice: string | undefined;
}

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
  const [draft, setDraft] = useState<RecordTypes[K]>();
  const [isNew, setIsNew] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [invalid, setInvalid] = useState<string>();

  const saveTask = useTask(async (record: RecordTypes[K]) => {
    await api.saveRecord(kind, record);
    setDraft(undefined);
    setNotice(t('card.saved', api.lang));
    refresh();
  }, api.lang);
  const removeTask = useTask(async (id: string) => {
    await api.deleteRecord(kind as DeletableKind, id);
    setNotice(t('card.deleted', api.lang));
    refresh();
  }, api.lang);

  return {
    draft,
    isNew,
    open: (record, asNew) => {
      setDraft(record);
      setIsNew(asNew);
      setNotice(undefined);
      setInvalid(undefined);
      saveTask.clearError();
    },
    change: (patch) => setDraft((d) => (d ? { ...d, ...patch } : d)),
    cancel: () => {
      setDraft(undefined);
      setInvalid(undefined);
      saveTask.clearError();
    },
    save: async () => {
      if (!draft) return;
      const problem = validate(draft, api.lang);
      setInvalid(problem);
      if (problem === undefined) await saveTask.run(draft);
    },
    saving: saveTask.busy,
    saveError: invalid ?? saveTask.error,
    remove: async (id) => {
      setNotice(undefined);
      await removeTask.run(id);
    },
    removeError: removeTask.error,
    notice,
  };
}
