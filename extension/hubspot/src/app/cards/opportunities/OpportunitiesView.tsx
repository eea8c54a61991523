import { Alert, Button, Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { CardApi } from '../shared/card-api.js';
import { t } from '../shared/i18n.js';
import type { AccountContentProps } from '../shared/states.js';
import { AccountGate, ActionError } from '../shared/states.js';
import { newRecordId, useRecordEditor } from '../shared/use-record-editor.js';
import { HorizonChart, WalletFigures } from './HorizonChart.js';
import { PotentialForm, potentialProblem } from './PotentialForm.js';
import { PotentialTable } from './PotentialTable.js';
import { Projects } from './Projects.js';

/** Analyse der Verkaufschancen: potential by horizon, share of wallet, the potentials and large projects. */
export function OpportunitiesView({ api }: { api: CardApi }) {
  return <AccountGate api={api}>{(props) => <OpportunitiesContent api={api} {...props} />}</AccountGate>;
}

function OpportunitiesContent({ api, answer, refresh }: { api: CardApi } & AccountContentProps) {
  const { lang } = api;
  const { snapshot, view } = answer;
  const currency = snapshot.account.currency;
  const editor = useRecordEditor(api, 'potential', refresh, potentialProblem);

  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('term.opportunities', lang)}</Heading>
      <WalletFigures horizons={view.horizons} currency={currency} lang={lang} />
      <HorizonChart horizons={view.horizons} lang={lang} />
      <Heading>{t('card.opp.potentials', lang)}</Heading>
      {editor.notice && <Alert title={editor.notice} variant="success" />}
      {editor.removeError && <ActionError lang={lang} message={editor.removeError} />}
      <PotentialForm editor={editor} currency={currency} lang={lang} />
      {snapshot.potentials.length === 0 ? (
        <Text>{t('card.opp.noPotentials', lang)}</Text>
      ) : (
        <PotentialTable
          potentials={snapshot.potentials}
          currency={currency}
          lang={lang}
          onEdit={(p) => editor.open(p, false)}
          onDelete={(p) => void editor.remove(p.id)}
          deleting={editor.removing}
        />
      )}
      <Button
        variant="primary"
        testId="add-potential"
        onClick={() =>
          void editor.open(
            { id: newRecordId(), productLine: '', horizon: 'short', volumePerYear: 0, probability: 0.5 },
            true,
          )
        }
      >
        {t('card.opp.add', lang)}
      </Button>
      <Heading>{t('term.projects', lang)}</Heading>
      <Projects projects={view.projects} currency={currency} lang={lang} />
    </Flex>
  );
}
