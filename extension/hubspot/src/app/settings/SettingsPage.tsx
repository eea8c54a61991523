import { Alert, Button, Divider, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from './messages.js';
import { t } from './messages.js';
import { ModelChoiceForm } from './ModelChoiceForm.js';
import { ModelSummary } from './ModelSummary.js';
import type { ModelAnswer, ModelChoice, SettingsApi } from './settings-api.js';
import { errorText } from './settings-api.js';

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly answer: ModelAnswer };

/**
 * The app's settings page: the scoring model that scores this installation's key accounts, and the
 * admin's choice of model. Everything goes through `api` (the service, signed by HubSpot).
 */
export function SettingsPage({ api, lang }: { api: SettingsApi; lang: Lang }) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });

  const fetchModel = useCallback(() => {
    setLoad({ kind: 'loading' });
    api.loadModel().then(
      (answer) => setLoad({ kind: 'ready', answer }),
      (e: unknown) => setLoad({ kind: 'failed', message: errorText(e, lang) }),
    );
  }, [api, lang]);

  useEffect(fetchModel, [fetchModel]);

  const save = useCallback(
    async (choice: ModelChoice) => {
      const answer = await api.saveModel(choice);
      setLoad({ kind: 'ready', answer });
      return answer;
    },
    [api],
  );

  if (load.kind === 'loading')
    return <LoadingSpinner label={t('loading', lang)} showLabel={true} layout="centered" />;
  if (load.kind === 'failed')
    return (
      <Alert title={t('loadFailed', lang)} variant="error">
        <Flex direction="column" gap="xs">
          <Text>{load.message}</Text>
          <Flex direction="row">
            <Button onClick={fetchModel}>{t('retry', lang)}</Button>
          </Flex>
        </Flex>
      </Alert>
    );
  return (
    <Flex direction="column" gap="md">
      <ModelSummary answer={load.answer} lang={lang} />
      <Divider />
      <ModelChoiceForm lang={lang} current={load.answer} save={save} />
    </Flex>
  );
}
