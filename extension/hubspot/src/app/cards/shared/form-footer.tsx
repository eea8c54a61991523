import { Alert, Button, ButtonRow, LoadingButton } from '@hubspot/ui-extensions';
import type { RecordKind } from './api.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';
import { SaveError } from './states.js';
import type { RecordEditor } from './use-record-editor.js';

/** The end of every record form: why it stays open, why it was not saved, Save and Cancel. */
export function FormFooter<K extends RecordKind>({ editor, lang }: { editor: RecordEditor<K>; lang: Lang }) {
  return (
    <>
      {editor.blocked && (
        <Alert title={t('card.draft.title', lang)} variant="warning" testId="draft-kept">
          {editor.blocked}
        </Alert>
      )}
      {editor.saveError && <SaveError lang={lang} message={editor.saveError} />}
      <ButtonRow>
        <LoadingButton type="submit" variant="primary" loading={editor.saving}>
          {t('card.save', lang)}
        </LoadingButton>
        <Button onClick={editor.cancel}>{t('card.cancel', lang)}</Button>
      </ButtonRow>
    </>
  );
}
