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
import type { ProjectAnalysis, ProjectAssessment } from '../../../../../../src/core/analysis/projects.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import { GapAlert } from '../shared/gap-alert.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';

/** The analysis's project gaps already said by the event-driven warnings above the table. */
const EVENT_DRIVEN_GAPS = new Set(['projects.gap.eventDriven', 'projects.gap.eventDrivenNoRevenue']);

/** Why a project is event-driven: n times last year's revenue, or a customer without revenue. */
function eventDrivenText(p: ProjectAssessment, projects: ProjectAnalysis, currency: string, lang: Lang) {
  const year = String(projects.revenueYear);
  if (p.eventDriven === 'no_revenue')
    return t('card.opp.eventDriven.noRevenue', lang, { project: p.name, year });
  return t('card.opp.eventDriven.large', lang, {
    project: p.name,
    year,
    multiple: formatNumber(p.relativeToRevenue ?? 0, lang),
    revenue: formatMoney(projects.currentRevenue, lang, currency),
  });
}

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
  const gaps = projects.gaps.filter((g) => !EVENT_DRIVEN_GAPS.has(g.code));
  return (
    <Flex direction="column" gap="sm">
      {eventDriven.map((p) => (
        <Alert
          key={p.dealId}
          title={t('card.opp.eventDrivenTitle', lang)}
          variant="warning"
          testId={`event-driven-${p.dealId}`}
        >
          {eventDrivenText(p, projects, currency, lang)}
        </Alert>
      ))}
      {gaps.map((g, i) => (
        <GapAlert
          key={g.text.en}
          severity={g.severity}
          text={g.text[lang]}
          lang={lang}
          testId={`project-gap-${i}`}
        />
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
