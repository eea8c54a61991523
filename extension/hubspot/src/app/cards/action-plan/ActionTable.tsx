import {
  Button,
  ButtonRow,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { ActionFlag } from '../../../../../../src/core/analysis/plan.js';
import type { Action, ActionStatus } from '../../../../../../src/core/model/index.js';
import { formatDate } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';

const STATUS_VARIANT: Record<ActionStatus, 'default' | 'info' | 'success' | 'warning'> = {
  planned: 'default',
  in_progress: 'info',
  done: 'success',
  cancelled: 'warning',
};

const isOpen = (a: Action) => a.status === 'planned' || a.status === 'in_progress';

/** Open actions first, each group by due date. */
function byUrgency(a: Action, b: Action): number {
  return Number(isOpen(b)) - Number(isOpen(a)) || a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
}

export function ActionTable({
  actions,
  overdue,
  lang,
  busy,
  onComplete,
  onEdit,
}: {
  actions: readonly Action[];
  overdue: readonly ActionFlag[];
  lang: Lang;
  busy: boolean;
  onComplete: (action: Action) => void;
  onEdit: (action: Action) => void;
}) {
  const overdueDays = new Map(overdue.map((f) => [f.actionId, -f.daysUntilDue]));
  return (
    <Table bordered>
      <TableHead>
        <TableRow>
          <TableHeader>{t('card.plan.title', lang)}</TableHeader>
          <TableHeader>{t('card.plan.status', lang)}</TableHeader>
          <TableHeader>{t('card.plan.owner', lang)}</TableHeader>
          <TableHeader>{t('card.plan.due', lang)}</TableHeader>
          <TableHeader> </TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...actions].sort(byUrgency).map((a) => {
          const late = overdueDays.get(a.id);
          return (
            <TableRow key={a.id} testId={`action-${a.id}`}>
              <TableCell>
                <Text>{a.title}</Text>
                <Text variant="microcopy">{t(`actionKind.${a.kind}`, lang)}</Text>
              </TableCell>
              <TableCell>
                <StatusTag variant={STATUS_VARIANT[a.status]}>
                  {t(`actionStatus.${a.status}`, lang)}
                </StatusTag>
              </TableCell>
              <TableCell>{a.ownerName ?? '–'}</TableCell>
              <TableCell>
                <Text>{formatDate(a.due, lang)}</Text>
                {late !== undefined && (
                  <StatusTag variant="danger" testId={`overdue-${a.id}`}>
                    {late === 1
                      ? t('card.plan.overdue.one', lang)
                      : t('card.plan.overdue', lang, { days: late })}
                  </StatusTag>
                )}
              </TableCell>
              <TableCell>
                <ButtonRow>
                  {isOpen(a) && (
                    <Button
                      size="xs"
                      disabled={busy}
                      onClick={() => onComplete(a)}
                      testId={`complete-${a.id}`}
                    >
                      {t('card.plan.complete', lang)}
                    </Button>
                  )}
                  <Button size="xs" variant="transparent" onClick={() => onEdit(a)} testId={`edit-${a.id}`}>
                    {t('card.edit', lang)}
                  </Button>
                </ButtonRow>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
