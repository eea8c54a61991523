import { BarChart, Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { PlanAnalysis } from '../../../../../../src/core/analysis/plan.js';
import { formatMoney } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';

/** Goals per year against what is won and what the weighted pipeline promises, and the gap left. */
export function GoalsChart({ plan, currency, lang }: { plan: PlanAnalysis; currency: string; lang: Lang }) {
  if (plan.goals.length === 0) return <Text testId="no-goals">{t('card.plan.noGoals', lang)}</Text>;
  const series = {
    target: t('card.plan.target', lang),
    won: t('card.plan.won', lang),
    pipeline: t('card.plan.pipeline', lang),
  };
  const data = plan.goals.flatMap((g) => [
    { year: String(g.year), series: series.target, amount: g.targetRevenue },
    { year: String(g.year), series: series.won, amount: g.won },
    { year: String(g.year), series: series.pipeline, amount: Math.round(g.weightedPipeline) },
  ]);
  return (
    <Flex direction="column" gap="xs">
      <Heading>{t('card.plan.goalsTitle', lang)}</Heading>
      <BarChart
        data={data}
        axes={{
          x: { field: 'year', fieldType: 'category', label: t('card.plan.year', lang) },
          y: { field: 'amount', fieldType: 'linear', label: t('card.plan.revenue', lang) },
          options: { groupFieldByColor: 'series' },
        }}
        options={{ showLegend: true, showTooltips: true }}
      />
      {plan.goals.map((g) => (
        <Text key={g.year} testId={`goal-gap-${g.year}`}>
          {g.gap > 0
            ? t('card.plan.gap', lang, { year: String(g.year), amount: formatMoney(g.gap, lang, currency) })
            : t('card.plan.ahead', lang, {
                year: String(g.year),
                amount: formatMoney(-g.gap, lang, currency),
              })}
        </Text>
      ))}
    </Flex>
  );
}
