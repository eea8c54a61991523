import { Flex, Form, Heading, Input, NumberInput, Select, TextArea } from '@hubspot/ui-extensions';
import type { Horizon, Potential } from '../../../../../../src/core/model/index.js';
import { firstProblem, negative, outOfRange } from '../shared/checks.js';
import { FormFooter } from '../shared/form-footer.js';
import { formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { HORIZONS } from '../shared/vocabulary.js';

/** Why a potential cannot be saved as it is, or undefined. */
export function potentialProblem(p: Potential, lang: Lang): string | undefined {
  if (p.productLine.trim() === '') return `${t('card.opp.productLine', lang)}: ${t('card.required', lang)}`;
  return firstProblem(
    negative(p.volumePerYear, t('card.opp.volume', lang), lang),
    outOfRange(p.probability, { min: 0, max: 1, show: formatPercent }, t('card.probability', lang), lang),
  );
}

/** The probability as the form shows it: percent with at most one decimal (0.335 → 33.5). */
const percentOf = (probability: number) => Math.round(probability * 1000) / 10;

/** Open potential in one product line: how much a year, when, how likely. */
export function PotentialForm({
  editor,
  currency,
  lang,
}: {
  editor: RecordEditor<'potential'>;
  currency: string;
  lang: Lang;
}) {
  const p = editor.draft;
  if (!p) return null;
  return (
    <Form onSubmit={() => void editor.save()}>
      <Flex direction="column" gap="sm">
        <Heading>{t(editor.isNew ? 'card.opp.add' : 'card.opp.editTitle', lang)}</Heading>
        <Input
          name="productLine"
          label={t('card.opp.productLine', lang)}
          required
          value={p.productLine}
          onChange={(productLine) => editor.change({ productLine })}
        />
        <Select
          name="horizon"
          label={t('card.opp.horizon', lang)}
          value={p.horizon}
          options={HORIZONS.map((h) => ({ value: h, label: term('horizon', h, lang) }))}
          onChange={(h) => editor.change({ horizon: String(h) as Horizon })}
        />
        <NumberInput
          name="volumePerYear"
          label={`${t('card.opp.volume', lang)} (${currency})`}
          min={0}
          value={p.volumePerYear}
          onChange={(v) => editor.change({ volumePerYear: Number.isFinite(v) ? v : 0 })}
        />
        <NumberInput
          name="probability"
          label={`${t('card.probability', lang)} (%)`}
          min={0}
          max={100}
          value={percentOf(p.probability)}
          onChange={(v) => editor.change({ probability: Number.isFinite(v) ? v / 100 : 0 })}
        />
        <TextArea
          name="note"
          label={t('card.note', lang)}
          value={p.note ?? ''}
          onChange={(note) => editor.change({ note: note.trim() === '' ? undefined : note })}
        />
        <FormFooter editor={editor} lang={lang} />
      </Flex>
    </Form>
  );
}
