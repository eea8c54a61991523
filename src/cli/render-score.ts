import type { Lang } from '../core/i18n/index.js';
import { formatNumber, formatPercent, t } from '../core/i18n/index.js';
import type { ScoreResult } from '../core/scoring/index.js';
import { AXES, describeMeasurement } from '../core/scoring/index.js';

const GAP_MARK = { critical: '!!', warning: ' !', info: ' ·' } as const;

/** The score of one account as a person reads it in a terminal. */
export function renderScore(accountName: string, r: ScoreResult, lang: Lang, currency: string): string {
  const n = (x: number) => formatNumber(x, lang);
  const lines: string[] = [];
  lines.push(
    `${accountName} — ${t('term.score', lang)} ${n(r.score)} / 100 · ${t('term.tier', lang)} ${r.tier} · ${r.quadrantLabel[lang]}`,
  );
  lines.push(
    `  ${t('term.attractiveness', lang)} ${n(r.attractiveness)} · ${t('term.position', lang)} ${n(r.position)} · ${t(
      'cli.score.completeness',
      lang,
    )} ${formatPercent(r.completeness.overall, lang)}`,
  );
  lines.push(`  ${t('cli.score.strategy', lang)}: ${r.strategy[lang]}`);

  lines.push('', t('cli.score.reasons', lang));
  if (r.reasons.length === 0) lines.push(`  ${t('cli.score.none', lang)}`);
  for (const reason of r.reasons)
    lines.push(`  ${reason.polarity === 'strength' ? '+' : '−'} ${reason.text[lang]}`);

  lines.push('', t('cli.score.gaps', lang));
  if (r.gaps.length === 0) lines.push(`  ${t('cli.score.none', lang)}`);
  for (const gap of r.gaps) lines.push(`  ${GAP_MARK[gap.severity]} ${gap.text[lang]}`);

  lines.push('', t('cli.score.criteria', lang));
  const labelWidth = Math.max(...r.components.map((c) => c.label[lang].length));
  const valueWidth = Math.max(...r.components.map((c) => describeMeasurement(c, lang, currency).length));
  for (const axis of AXES) {
    lines.push(`  ${t(`term.${axis}`, lang)}`);
    for (const c of r.components.filter((x) => x.axis === axis)) {
      const value = describeMeasurement(c, lang, currency);
      const points =
        c.status === 'known'
          ? t('cli.score.points', lang, {
              points: Math.round(c.contribution * 10) / 10,
              weight: { percent: c.effectiveWeight },
            })
          : (c.unknownReason?.text[lang] ?? '');
      lines.push(`    ${c.label[lang].padEnd(labelWidth)}  ${value.padStart(valueWidth)}  ${points}`);
    }
  }
  lines.push(
    '',
    t('cli.score.model', lang, { model: r.model.id, version: r.model.version, hash: r.inputHash }),
  );
  return lines.join('\n');
}
