import {
  Alert,
  Button,
  ButtonRow,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { Relationship } from '../../../../../../src/core/model/index.js';
import type { CardApi } from '../shared/card-api.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { AccountContentProps } from '../shared/states.js';
import { AccountGate, ActionError } from '../shared/states.js';
import { newRecordId, useRecordEditor } from '../shared/use-record-editor.js';
import { useWorkspace } from '../shared/workspace.js';
import { RelationshipForm, relationshipProblem } from './RelationshipForm.js';
import type { NameOf } from './signals.js';
import { pathInWords, signalNames } from './signals.js';

const VIEW_TITLE = { sociogram: 'term.sociogram', 'org-chart': 'term.orgChart' } as const;

/** The informal network: champions, blockers, hidden influencers, the way to the decider, every tie. */
export function RelationsView({ api }: { api: CardApi }) {
  return <AccountGate api={api}>{(props) => <RelationsContent api={api} {...props} />}</AccountGate>;
}

function RelationsContent({ api, answer, refresh }: { api: CardApi } & AccountContentProps) {
  const { lang } = api;
  const { snapshot, view } = answer;
  const names = new Map(snapshot.contacts.map((c) => [c.id, c.name]));
  const nameOf: NameOf = (id) => names.get(id) ?? id;
  const editor = useRecordEditor(api, 'relationship', refresh, relationshipProblem);
  const workspace = useWorkspace(api);
  const signals = signalNames(view.sociogram, nameOf);
  const listed = (people: readonly string[]) =>
    people.length > 0 ? people.join(', ') : t('card.nobody', lang);
  const openView = (view: 'sociogram' | 'org-chart') =>
    void workspace.run(
      `${t(VIEW_TITLE[view], lang)} – ${t('card.workspace.title', lang, { name: snapshot.account.name })}`,
      view,
    );
  const error = workspace.error ?? editor.removeError;

  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('term.sociogram', lang)}</Heading>
      <DescriptionList direction="row">
        <DescriptionListItem label={t('card.rel.champions', lang)}>
          <Text testId="champions">{listed(signals.champions)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label={t('card.rel.blockers', lang)}>
          <Text testId="blockers">{listed(signals.blockers)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label={t('card.rel.hidden', lang)}>
          <Text testId="hidden">{listed(signals.hidden)}</Text>
        </DescriptionListItem>
      </DescriptionList>
      <Heading>{t('card.rel.pathTitle', lang)}</Heading>
      {view.sociogram.deciderPaths.length === 0 ? (
        <Text testId="path-none">{t('card.rel.path.noDecider', lang)}</Text>
      ) : (
        view.sociogram.deciderPaths.map((p) => (
          <Text key={p.deciderId} testId={`path-${p.deciderId}`}>
            {pathInWords(p, nameOf, lang)}
          </Text>
        ))
      )}
      <Heading>{t('card.rel.list', lang)}</Heading>
      {editor.notice && <Alert title={editor.notice} variant="success" />}
      {error && <ActionError lang={lang} message={error} />}
      <RelationshipForm editor={editor} contacts={snapshot.contacts} lang={lang} />
      {snapshot.relationships.length === 0 ? (
        <Text>{t('card.rel.none', lang)}</Text>
      ) : (
        <RelationshipTable
          relationships={snapshot.relationships}
          nameOf={nameOf}
          lang={lang}
          onEdit={(r) => editor.open(r, false)}
          onDelete={(r) => void editor.remove(r.id)}
          deleting={editor.removing}
        />
      )}
      <ButtonRow>
        <Button
          variant="primary"
          testId="add-relationship"
          onClick={() =>
            void editor.open(
              { id: newRecordId(), fromId: '', toId: '', kind: 'influences', strength: 2 },
              true,
            )
          }
        >
          {t('card.rel.add', lang)}
        </Button>
        <Button testId="open-sociogram" disabled={workspace.busy} onClick={() => openView('sociogram')}>
          {t('card.workspace.openView', lang, { view: t('term.sociogram', lang) })}
        </Button>
        <Button testId="open-org-chart" disabled={workspace.busy} onClick={() => openView('org-chart')}>
          {t('card.workspace.openView', lang, { view: t('term.orgChart', lang) })}
        </Button>
      </ButtonRow>
    </Flex>
  );
}

function RelationshipTable({
  relationships,
  nameOf,
  lang,
  onEdit,
  onDelete,
  deleting,
}: {
  relationships: readonly Relationship[];
  nameOf: NameOf;
  lang: Lang;
  /** A delete is running: one at a time. */
  deleting: boolean;
  onEdit: (r: Relationship) => void;
  onDelete: (r: Relationship) => void;
}) {
  const ordered = [...relationships].sort(
    (a, b) => nameOf(a.fromId).localeCompare(nameOf(b.fromId)) || a.kind.localeCompare(b.kind),
  );
  return (
    <Table bordered>
      <TableHead>
        <TableRow>
          <TableHeader>{t('card.rel.from', lang)}</TableHeader>
          <TableHeader>{t('card.rel.kind', lang)}</TableHeader>
          <TableHeader>{t('card.rel.to', lang)}</TableHeader>
          <TableHeader>{t('card.strength', lang)}</TableHeader>
          <TableHeader>{t('card.note', lang)}</TableHeader>
          <TableHeader> </TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {ordered.map((r) => (
          <TableRow key={r.id} testId={`relationship-${r.id}`}>
            <TableCell>{nameOf(r.fromId)}</TableCell>
            <TableCell>{term('relationship', r.kind, lang)}</TableCell>
            <TableCell>{nameOf(r.toId)}</TableCell>
            <TableCell>{term('card.strength', r.strength, lang)}</TableCell>
            <TableCell>{r.note ?? ''}</TableCell>
            <TableCell>
              <ButtonRow>
                <Button size="xs" onClick={() => onEdit(r)} testId={`edit-${r.id}`}>
                  {t('card.edit', lang)}
                </Button>
                <Button
                  size="xs"
                  variant="destructive"
                  disabled={deleting}
                  onClick={() => onDelete(r)}
                  testId={`delete-${r.id}`}
                >
                  {t('card.delete', lang)}
                </Button>
              </ButtonRow>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
