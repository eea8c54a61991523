import {
  Button,
  ButtonRow,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@hubspot/ui-extensions';
import type { Potential } from '../../../../../../src/core/model/index.js';
import { formatMoney, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import { HORIZONS } from '../shared/vocabulary.js';

/** Soonest horizon first, the largest potential first within one. */
function byHorizon(a: Potential, b: Potential): number {
  return HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon) || b.volumePerYear - a.volumePerYear;
}

export function PotentialTable({
  potentials,
  currency,
  lang,
  onEdit,
  onDelete,
  deleting,
}: {
  potentials: readonly Potential[];
  currency: string;
  lang: Lang;
  /** A delete is running: one at a time. */
  deleting: boolean;
  onEdit: (p: Potential) => void;
  onDelete: (p: Potential) => void;
}) {
  return (
    <Table bordered>
      <TableHead>
        <TableRow>
          <TableHeader>{t('card.opp.productLine', lang)}</TableHeader>
          <TableHeader>{t('card.opp.horizon', lang)}</TableHeader>
          <TableHeader>{t('card.opp.volume', lang)}</TableHeader>
          <TableHeader>{t('card.probability', lang)}</TableHeader>
          <TableHeader>{t('card.opp.weighted', lang)}</TableHeader>
          <TableHeader>{t('card.note', lang)}</TableHeader>
          <TableHeader> </TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...potentials].sort(byHorizon).map((p) => (
          <TableRow key={p.id} testId={`potential-${p.id}`}>
            <TableCell>{p.productLine}</TableCell>
            <TableCell>{term('horizon', p.horizon, lang)}</TableCell>
            <TableCell>{formatMoney(p.volumePerYear, lang, currency)}</TableCell>
            <TableCell>{formatPercent(p.probability, lang)}</TableCell>
            <TableCell>{formatMoney(p.volumePerYear * p.probability, lang, currency)}</TableCell>
            <TableCell>{p.note ?? ''}</TableCell>
            <TableCell>
              <ButtonRow>
                <Button size="xs" onClick={() => onEdit(p)} testId={`edit-${p.id}`}>
                  {t('card.edit', lang)}
                </Button>
                <Button
                  size="xs"
                  variant="destructive"
                  disabled={deleting}
                  onClick={() => onDelete(p)}
                  testId={`delete-${p.id}`}
                >
                  {t('card.delete', lang)}
                </Button>
              </ButtonRow>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
