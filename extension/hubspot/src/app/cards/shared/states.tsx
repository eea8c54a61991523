import type { ReactNode } from 'react';
import { Alert, Button, EmptyState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { AccountAnswer } from '../../../../../../src/workspace/contract.js';
import type { CardApi } from './card-api.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';
import { useAccount } from './use-account.js';
import { KEY_ACCOUNT_PROPERTY } from './vocabulary.js';

export function Loading({ lang }: { lang: Lang }) {
  return <LoadingSpinner label={t('card.loading', lang)} showLabel layout="centered" />;
}

/** The company is not marked as a key account: what one is, and how to mark it. */
export function NotKeyAccount({ lang }: { lang: Lang }) {
  return (
    <EmptyState title={t('card.notKeyAccount.title', lang)} imageName="companies" layout="vertical">
      <Text>{t('card.notKeyAccount.what', lang)}</Text>
      <Text>{t('card.notKeyAccount.how', lang, { property: KEY_ACCOUNT_PROPERTY })}</Text>
    </EmptyState>
  );
}

export function LoadError({ lang, message, onRetry }: { lang: Lang; message: string; onRetry: () => void }) {
  return (
    <Flex direction="column" gap="sm">
      <Alert title={t('card.error.loadTitle', lang)} variant="error">
        {message}
      </Alert>
      <Button onClick={onRetry}>{t('card.retry', lang)}</Button>
    </Flex>
  );
}

/** A form's save failed: the service's message; the form keeps what was typed. */
export function SaveError({ lang, message }: { lang: Lang; message: string }) {
  return (
    <Alert title={t('card.error.saveTitle', lang)} variant="error" testId="save-error">
      {message} {t('card.error.inputKept', lang)}
    </Alert>
  );
}

/** A button's call failed (recompute, delete, open the workspace). */
export function ActionError({ lang, message }: { lang: Lang; message: string }) {
  return (
    <Alert title={t('card.error.actionTitle', lang)} variant="error" testId="action-error">
      {message}
    </Alert>
  );
}

export interface AccountContentProps {
  readonly answer: AccountAnswer;
  /** Loads the account again after an edit, keeping the current data on screen meanwhile. */
  readonly refresh: () => void;
}

/** Loads the account and shows `children` with it, or the loading, not-a-key-account or error state. */
export function AccountGate({
  api,
  children,
}: {
  api: CardApi;
  children: (props: AccountContentProps) => ReactNode;
}) {
  const { state, reload, refresh } = useAccount(api);
  switch (state.status) {
    case 'loading':
      return <Loading lang={api.lang} />;
    case 'notKeyAccount':
      return <NotKeyAccount lang={api.lang} />;
    case 'error':
      return <LoadError lang={api.lang} message={state.message} onRetry={reload} />;
    case 'ready':
      return <>{children({ answer: state.answer, refresh })}</>;
  }
}
