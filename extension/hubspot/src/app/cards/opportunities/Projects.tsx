import {
  Alert,
  Flex,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { ProjectAnalysis } from '../../../../../../src/core/analysis/projects.js';
import { formatDate, formatMoney, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';

/** Konkrete Projekte: open deals measured against the account, the event-driven ones flagged. */
export function Projects({
  projects,
  currency,
  lang,
}: {
  projects: ProjectAnalysis;
  currency: string;
  lang: Lang;
}) {
  if (projects.projects.length === 0) return <Text>{t('card.opp.noProjects', lang)}</Text>;
  const eventDriven = projects.projects.filter((p) => p.eventDriven !== false);
  return (
    <Flex direction="column" gap="sm">
      {eventDriven.map((p) => (
        <Alert
          key={p.dealId}
          title={t('card.opp.eventDrivenTitle', lang)}
          variant="warning"
          testId={`event-driven-${p.dealId}`}
        >
          {t('card.opp.eventDriven', lang, { project: p.name })}
        </Alert>
      ))}
      <Table bordered>
        <TableHead>
          <TableRow>
            <TableHeader>{t('card.opp.project', lang)}</TableHeader>
            <TableHeader>{t('card.opp.amount', lang)}</TableHeader>
            <TableHeader>{t('card.probability', lang)}</TableHeader>
            <TableHeader>{t('card.opp.decision', lang)}</TableHeader>
            <TableHeader>{t('card.opp.relative', lang)}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {projects.projects.map((p) => (
            <TableRow key={p.dealId} testId={`project-${p.dealId}`}>
              <TableCell>{p.name}</TableCell>
              <TableCell>{formatMoney(p.amount, lang, currency)}</TableCell>
              <TableCell>{formatPercent(p.probability, lang)}</TableCell>
              <TableCell>{formatDate(p.decisionDate, lang)}</TableCell>
              <TableCell>
                {p.relativeToRevenue !== undefined
                  ? formatPercent(p.relativeToRevenue, lang)
                  : t('term.unknown', lang)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
