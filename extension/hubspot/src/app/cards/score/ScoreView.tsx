import { useState } from 'react';
import {
  Alert,
  Button,
  ButtonRow,
  Flex,
  Heading,
  List,
  LoadingButton,
  ScoreCircle,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { ScoreResult } from '../../../../../../src/core/scoring/index.js';
import type { CardApi } from '../shared/card-api.js';
import { formatDate } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';
import { GapAlert } from '../shared/gap-alert.js';
import { AccountGate, ActionError } from '../shared/states.js';
import { useTask } from '../shared/use-task.js';
import { useWorkspace } from '../shared/workspace.js';

const TOP_REASONS = 3;

/** The key-account score in the sidebar: where the account stands, why, and what is missing. */
export function ScoreView({ api }: { api: CardApi }) {
  return (
    <AccountGate api={api}>
      {({ answer }) => (
        <ScoreContent
          api={api}
          initial={answer.view.score}
          lastWritten={answer.history[0]?.scoredAt}
          accountName={answer.snapshot.account.name}
        />
      )}
    </AccountGate>
  );
}

/**
 * `initial` is scored live for this request; `lastWritten` is when a score last went to HubSpot (the
 * newest history point), which is the date a rep compares with the CRM's property.
 */
function ScoreContent({
  api,
  initial,
  lastWritten,
  accountName,
}: {
  api: CardApi;
  initial: ScoreResult;
  lastWritten: string | undefined;
  accountName: string;
}) {
  const { lang } = api;
  const [score, setScore] = useState(initial);
  const [inHubSpotSince, setInHubSpotSince] = useState(lastWritten);
  const [written, setWritten] = useState<boolean>();
  const recompute = useTask(async () => {
    const answer = await api.recompute();
    setScore(answer.score);
    // Written now, or HubSpot's score was confirmed current now.
    setInHubSpotSince(answer.score.scoredAt);
    setWritten(answer.written);
  }, lang);
  const workspace = useWorkspace(api);
  const error = recompute.error ?? workspace.error;

  return (
    <Flex direction="column" gap="sm">
      <ScoreCircle score={score.score} testId="score" />
      <Flex direction="row" gap="xs" wrap>
        <Tag variant={TIER_VARIANT[score.tier]}>{t('card.score.tier', lang, { tier: score.tier })}</Tag>
        <Tag variant="info">{score.quadrantLabel[lang]}</Tag>
      </Flex>
      <Heading>{t('card.score.strategy', lang)}</Heading>
      <Text testId="strategy">{score.strategy[lang]}</Text>
      <Reasons score={score} lang={lang} />
      <Gaps score={score} lang={lang} />
      <Text variant="microcopy" testId="scored-at">
        {inHubSpotSince
          ? t('card.score.scoredAt', lang, { date: formatDate(inHubSpotSince, lang) })
          : t('card.score.notWritten', lang)}
      </Text>
      {written !== undefined && (
        <Alert title={t(written ? 'card.score.written' : 'card.score.unchanged', lang)} variant="success" />
      )}
      {error && <ActionError lang={lang} message={error} />}
      <ButtonRow>
        <LoadingButton variant="primary" loading={recompute.busy} onClick={() => void recompute.run()}>
          {t('card.score.recompute', lang)}
        </LoadingButton>
        <Button
          disabled={workspace.busy}
          onClick={() => void workspace.run(t('card.workspace.title', lang, { name: accountName }))}
        >
          {t('card.workspace.open', lang)}
        </Button>
      </ButtonRow>
    </Flex>
  );
}

const TIER_VARIANT = { A: 'success', B: 'warning', C: 'default' } as const;

function Reasons({ score, lang }: { score: ScoreResult; lang: Lang }) {
  const top = score.reasons.slice(0, TOP_REASONS);
  if (top.length === 0) return null;
  return (
    <>
      <Heading>{t('card.score.reasons', lang)}</Heading>
      <List variant="unordered">
        {top.map((reason, i) => (
          <Text key={reason.criterionId} testId={`reason-${i}`}>
            <Tag variant={reason.polarity === 'strength' ? 'success' : 'error'} inline>
              {t(reason.polarity === 'strength' ? 'assessment.strength' : 'assessment.weakness', lang)}
            </Tag>{' '}
            {reason.text[lang]}
          </Text>
        ))}
      </List>
    </>
  );
}

function Gaps({ score, lang }: { score: ScoreResult; lang: Lang }) {
  const shown = score.gaps.filter((g) => g.severity !== 'info');
  return (
    <>
      <Heading>{t('card.score.gaps', lang)}</Heading>
      {shown.length === 0 && <Text>{t('card.score.noGaps', lang)}</Text>}
      {shown.map((gap, i) => (
        <GapAlert
          key={gap.text.en}
          severity={gap.severity}
          text={gap.text[lang]}
          lang={lang}
          testId={`gap-${i}`}
        />
      ))}
    </>
  );
}
