import { Alert } from '@hubspot/ui-extensions';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

export type Severity = 'critical' | 'warning' | 'info';

const VARIANT = { critical: 'danger', warning: 'warning', info: 'info' } as const;
const TITLE = { critical: 'card.gap.critical', warning: 'card.gap.warning', info: 'card.gap.info' } as const;

/** A gap of the analysis: critical ones red, warnings yellow, hints blue. */
export function GapAlert({
  severity,
  text,
  lang,
  testId,
}: {
  severity: Severity;
  text: string;
  lang: Lang;
  testId?: string;
}) {
  return (
    <Alert title={t(TITLE[severity], lang)} variant={VARIANT[severity]} {...(testId ? { testId } : {})}>
      {text}
    </Alert>
  );
}
