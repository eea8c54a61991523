import { BarChart, Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import type { HorizonAnalysis } from '../../../../../../src/core/analysis/horizons.js';
import { formatMoney, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';

/** Potential per year by horizon, weighted by probability and not. */
export function HorizonChart({ horizons, lang }: { horizons: HorizonAnalysis; lang: Lang }) {
  const weighted = t('card.opp.weighted', lang);
  const unweighted = t('card.opp.unweighted', lang);
  const data = horizons.horizons.flatMap((h) => [
    { horizon: term('horizon', h.horizon, lang), series: unweighted, volume: h.volumePerYear },
    {
      horizon: term('horizon', h.horizon, lang),
      series: weighted,
      volume: Math.round(h.weightedVolumePerYear),
    },
  ]);
  return (
    <BarChart
      data={data}
      axes={{
        x: { field: 'horizon', fieldType: 'category', label: t('card.opp.horizon', lang) },
        y: { field: 'volume', fieldType: 'linear', label: t('card.opp.volume', lang) },
        options: { groupFieldByColor: 'series' },
      }}
      options={{ title: t('card.opp.chartTitle', lang), showLegend: true, showTooltips: true }}
    />
  );
}

/** Today's business with the customer and our share of what they spend in our category. */
export function WalletFigures({
  horizons,
  currency,
  lang,
}: {
  horizons: HorizonAnalysis;
  currency: string;
  lang: Lang;
}) {
  const sow = horizons.shareOfWallet;
  return (
    <Statistics>
      <StatisticsItem
        label={t('card.opp.currentRevenue', lang, { year: String(horizons.revenueYear) })}
        number={formatMoney(horizons.currentRevenue, lang, currency)}
        testId="current-revenue"
      />
      <StatisticsItem
        label={t('term.shareOfWallet', lang)}
        number={sow ? formatPercent(sow.share, lang) : t('term.unknown', lang)}
        testId="share-of-wallet"
      >
        {sow &&
          t(
            sow.walletSource === 'stated'
              ? 'card.opp.shareOfWalletStated'
              : 'card.opp.shareOfWalletEstimated',
            lang,
            {
              wallet: formatMoney(sow.wallet, lang, currency),
            },
          )}
      </StatisticsItem>
    </Statistics>
  );
}
