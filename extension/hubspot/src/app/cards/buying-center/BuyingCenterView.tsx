import {
  Alert,
  Button,
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
import type { Contact } from '../../../../../../src/core/model/index.js';
import type { CardApi } from '../shared/card-api.js';
import { formatPercent } from '../shared/format.js';
import { GapAlert } from '../shared/gap-alert.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { AccountContentProps } from '../shared/states.js';
import { AccountGate, ActionError } from '../shared/states.js';
import { newRecordId, useRecordEditor } from '../shared/use-record-editor.js';
import { ContactForm, contactProblem, newContact } from './ContactForm.js';
import { coverageGaps, otherBuyingCenterGaps } from './coverage.js';

/** The buying center: who holds which role, how much they weigh, where they stand, what they need. */
export function BuyingCenterView({ api }: { api: CardApi }) {
  return <AccountGate api={api}>{(props) => <BuyingCenterContent api={api} {...props} />}</AccountGate>;
}

/** People with a role first, the most influential first, then by name. */
function byWeight(a: Contact, b: Contact): number {
  const inA = a.roles.length > 0 ? 1 : 0;
  const inB = b.roles.length > 0 ? 1 : 0;
  return inB - inA || (b.influence ?? 0) - (a.influence ?? 0) || a.name.localeCompare(b.name);
}

function BuyingCenterContent({ api, answer, refresh }: { api: CardApi } & AccountContentProps) {
  const { lang } = api;
  const { buyingCenter } = answer.view;
  const editor = useRecordEditor(api, 'contact', refresh, contactProblem);
  const prominent = coverageGaps(buyingCenter);
  const others = otherBuyingCenterGaps(answer.view.gaps, prominent);
  const contacts = [...answer.snapshot.contacts].sort(byWeight);

  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('term.buyingCenter', lang)}</Heading>
      {prominent.length > 0 && (
        <Flex direction="column" gap="xs" testId="coverage-gaps">
          {prominent.map((g) => (
            <GapAlert key={g.code} severity={g.severity} text={t(g.message, lang)} lang={lang} />
          ))}
        </Flex>
      )}
      <Text testId="coverage">
        {t('card.bc.coverage', lang, { share: formatPercent(buyingCenter.coverage, lang) })}
      </Text>
      {others.map((g) => (
        <GapAlert key={g.text.en} severity={g.severity} text={g.text[lang]} lang={lang} />
      ))}
      {editor.notice && <Alert title={editor.notice} variant="success" />}
      <ContactForm editor={editor} lang={lang} />
      {contacts.length === 0 ? (
        <Text>{t('card.bc.noContacts', lang)}</Text>
      ) : (
        <ContactTable
          contacts={contacts}
          lang={lang}
          onEdit={(c) => editor.open({ ...c, lastConfirmedAt: api.today() }, false)}
        />
      )}
      <Button
        variant="primary"
        testId="add-contact"
        onClick={() => void editor.open(newContact(newRecordId(), api.today()), true)}
      >
        {t('card.bc.add', lang)}
      </Button>
      {editor.removeError && <ActionError lang={lang} message={editor.removeError} />}
    </Flex>
  );
}

function ContactTable({
  contacts,
  lang,
  onEdit,
}: {
  contacts: readonly Contact[];
  lang: Lang;
  onEdit: (contact: Contact) => void;
}) {
  const notRecorded = t('card.notRecorded', lang);
  return (
    <Table bordered>
      <TableHead>
        <TableRow>
          <TableHeader>{t('card.bc.person', lang)}</TableHeader>
          <TableHeader>{t('card.bc.roles', lang)}</TableHeader>
          <TableHeader>{t('card.influence', lang)}</TableHeader>
          <TableHeader>{t('card.bc.attitude', lang)}</TableHeader>
          <TableHeader>{t('card.bc.needs', lang)}</TableHeader>
          <TableHeader> </TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {contacts.map((c) => (
          <TableRow key={c.id} testId={`contact-${c.id}`}>
            <TableCell>
              <Text>{c.name}</Text>
              {c.jobTitle && <Text variant="microcopy">{c.jobTitle}</Text>}
            </TableCell>
            <TableCell>
              {c.roles.length > 0
                ? c.roles.map((r) => term('role', r, lang)).join(', ')
                : t('card.bc.noRole', lang)}
            </TableCell>
            <TableCell>
              {c.influence !== undefined ? term('card.influence', c.influence, lang) : notRecorded}
            </TableCell>
            <TableCell>
              {c.attitude !== undefined ? term('attitude', c.attitude, lang) : notRecorded}
            </TableCell>
            <TableCell>
              {c.needsFactual && <Text>{`${t('card.bc.needsFactual', lang)}: ${c.needsFactual}`}</Text>}
              {c.needsEmotional && <Text>{`${t('card.bc.needsEmotional', lang)}: ${c.needsEmotional}`}</Text>}
            </TableCell>
            <TableCell>
              <Button size="xs" onClick={() => onEdit(c)} testId={`edit-${c.id}`}>
                {t('card.edit', lang)}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
