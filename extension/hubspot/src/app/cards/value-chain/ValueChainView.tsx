import { Alert, AutoGrid, Button, ButtonRow, Flex, Heading, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type { PorterActivity, ValueChainNote } from '../../../../../../src/core/model/index.js';
import type { CardApi } from '../shared/card-api.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { AccountContentProps } from '../shared/states.js';
import { AccountGate, ActionError } from '../shared/states.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { newRecordId, useRecordEditor } from '../shared/use-record-editor.js';
import { PRIMARY_ACTIVITIES, SUPPORT_ACTIVITIES } from '../shared/vocabulary.js';
import { NoteForm, noteProblem } from './NoteForm.js';

const ASSESSMENT_TAG = { strength: 'success', weakness: 'error', neutral: 'default' } as const;

/** Porter's value chain of the customer: strengths and weaknesses per activity, and where we help. */
export function ValueChainView({ api }: { api: CardApi }) {
  return <AccountGate api={api}>{(props) => <ValueChainContent api={api} {...props} />}</AccountGate>;
}

function ValueChainContent({ api, answer, refresh }: { api: CardApi } & AccountContentProps) {
  const { lang } = api;
  const notes = answer.snapshot.valueChain;
  const editor = useRecordEditor(api, 'valueChainNote', refresh, noteProblem);
  const count = (a: 'strength' | 'weakness') => {
    const n = notes.filter((note) => note.assessment === a).length;
    const key = a === 'strength' ? 'card.vc.strengths' : 'card.vc.weaknesses';
    return n === 1 ? t(`${key}.one`, lang) : t(key, lang, { count: n });
  };
  const group = (title: 'porter.primary' | 'porter.support', activities: readonly PorterActivity[]) => (
    <>
      <Heading>{t(title, lang)}</Heading>
      <AutoGrid columnWidth={260} flexible gap="sm">
        {activities.map((activity) => (
          <ActivityTile
            key={activity}
            activity={activity}
            notes={notes.filter((n) => n.activity === activity)}
            editor={editor}
            lang={lang}
          />
        ))}
      </AutoGrid>
    </>
  );

  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('term.valueChain', lang)}</Heading>
      <Text testId="summary">
        {t('card.vc.summary', lang, { strengths: count('strength'), weaknesses: count('weakness') })}
      </Text>
      {editor.notice && <Alert title={editor.notice} variant="success" />}
      {editor.removeError && <ActionError lang={lang} message={editor.removeError} />}
      <NoteForm editor={editor} lang={lang} />
      {group('porter.primary', PRIMARY_ACTIVITIES)}
      {group('porter.support', SUPPORT_ACTIVITIES)}
    </Flex>
  );
}

function ActivityTile({
  activity,
  notes,
  editor,
  lang,
}: {
  activity: PorterActivity;
  notes: readonly ValueChainNote[];
  editor: RecordEditor<'valueChainNote'>;
  lang: Lang;
}) {
  return (
    <Tile compact testId={`activity-${activity}`}>
      <Flex direction="column" gap="xs">
        <Text format={{ fontWeight: 'bold' }}>{term('porter', activity, lang)}</Text>
        {notes.length === 0 && <Text variant="microcopy">{t('card.vc.empty', lang)}</Text>}
        {notes.map((n) => (
          <Flex key={n.id} direction="column" gap="flush" testId={`note-${n.id}`}>
            <Flex direction="row" gap="xs" wrap>
              <Tag variant={ASSESSMENT_TAG[n.assessment]}>{term('assessment', n.assessment, lang)}</Tag>
              <Tag>{`${t('card.impact', lang)}: ${term('card.impact', n.impact, lang)}`}</Tag>
            </Flex>
            {n.note && <Text>{n.note}</Text>}
            {n.ourContribution && (
              <Text>{`${t('card.vc.ourContribution', lang)}: ${n.ourContribution}`}</Text>
            )}
            <ButtonRow>
              <Button size="xs" onClick={() => void editor.open(n, false)} testId={`edit-${n.id}`}>
                {t('card.edit', lang)}
              </Button>
              <Button
                size="xs"
                variant="destructive"
                disabled={editor.removing}
                onClick={() => void editor.remove(n.id)}
                testId={`delete-${n.id}`}
              >
                {t('card.delete', lang)}
              </Button>
            </ButtonRow>
          </Flex>
        ))}
        <Button
          size="xs"
          variant="transparent"
          testId={`add-${activity}`}
          onClick={() =>
            void editor.open({ id: newRecordId(), activity, assessment: 'neutral', impact: 2 }, true)
          }
        >
          {t('card.vc.add', lang)}
        </Button>
      </Flex>
    </Tile>
  );
}
