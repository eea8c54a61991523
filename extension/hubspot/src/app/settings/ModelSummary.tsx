import {
  Alert,
  Flex,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { Criterion, ScoringModel } from '../../../../../src/core/scoring/model.js';
import type { Lang } from './messages.js';
import { formatShare, metricLabel, t } from './messages.js';
import type { ModelAnswer } from './settings-api.js';

const AXES = ['attractiveness', 'position'] as const;

const criterionLabel = (c: Criterion, lang: Lang) => c.label?.[lang] ?? metricLabel(c.metric, lang);

/** One axis: its share of the score and each criterion's share of the axis (weights are relative). */
function AxisTable({ model, axis, lang }: { model: ScoringModel; axis: (typeof AXES)[number]; lang: Lang }) {
  const criteria = model.criteria.filter((c) => c.axis === axis);
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const axisTotal = model.axisWeights.attractiveness + model.axisWeights.position;
  const axisShare = axisTotal > 0 ? model.axisWeights[axis] / axisTotal : 0;
  return (
    <Flex direction="column" gap="xs">
      <Text format={{ fontWeight: 'demibold' }}>
        {t('axisShare', lang, { axis: t(`axis.${axis}`, lang), share: formatShare(axisShare, lang) })}
      </Text>
      <Table bordered={true} density="condensed" testId={`axis-${axis}`}>
        <TableHead>
          <TableRow>
            <TableHeader>{t('criterion', lang)}</TableHeader>
            <TableHeader align="right">{t('weight', lang)}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {criteria.map((c) => (
            <TableRow key={c.id}>
              <TableCell>{criterionLabel(c, lang)}</TableCell>
              <TableCell align="right">{formatShare(total > 0 ? c.weight / total : 0, lang)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}

/** The model that scores the installation's key accounts, as an admin reads it, with the service's warnings. */
export function ModelSummary({ answer, lang }: { answer: ModelAnswer; lang: Lang }) {
  const { model } = answer;
  return (
    <Flex direction="column" gap="sm">
      <Flex direction="row" gap="sm" align="center">
        <Heading>{model.name[lang]}</Heading>
        <Tag variant={answer.isDefault ? 'default' : 'info'}>
          {t(answer.isDefault ? 'isDefault' : 'isOwn', lang)}
        </Tag>
      </Flex>
      <Text variant="microcopy">{t('version', lang, { version: model.version })}</Text>
      {model.description ? <Text>{model.description[lang]}</Text> : null}
      {AXES.map((axis) => (
        <AxisTable key={axis} model={model} axis={axis} lang={lang} />
      ))}
      <Text>{t('tiers', lang, { a: model.tiers.A, b: model.tiers.B })}</Text>
      {answer.warnings.length > 0 ? (
        <Alert title={t('warnings', lang)} variant="warning">
          <Flex direction="column" gap="xs">
            {answer.warnings.map((w, i) => (
              <Text key={`${w.code}-${i}`}>{w.text[lang]}</Text>
            ))}
          </Flex>
        </Alert>
      ) : null}
    </Flex>
  );
}
