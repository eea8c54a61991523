import { Alert, Button, Flex, Heading, Text, TextArea, ToggleGroup } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { Lang } from './messages.js';
import { t } from './messages.js';
import { jsonErrorPosition } from './json-position.js';
import type { ModelAnswer, ModelChoice } from './settings-api.js';
import { errorText } from './settings-api.js';

export type ChoiceKind = 'default' | 'own';

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'saved'; readonly name: string };

/** The pasted text as a choice, or why it is none (checked here first, so a typo costs no round trip). */
function ownChoice(text: string, lang: Lang): ModelChoice | { readonly problem: string } {
  if (text.trim() === '') return { problem: t('jsonEmpty', lang) };
  try {
    return { model: JSON.parse(text) as unknown };
  } catch {
    // The engine's own message is English and differs between browsers: say where, in the admin's words.
    const at = jsonErrorPosition(text);
    return { problem: at ? t('jsonInvalidAt', lang, { ...at }) : t('jsonInvalid', lang) };
  }
}

interface Props {
  readonly lang: Lang;
  /** What the form starts from: the current model, its JSON as a template to edit. */
  readonly current: ModelAnswer;
  readonly save: (choice: ModelChoice) => Promise<ModelAnswer>;
}

/**
 * The admin's choice: the default model or an own model pasted as JSON. The service validates the
 * model; its message is shown as it sent it, and the pasted text stays for the next attempt.
 */
export function ModelChoiceForm({ lang, current, save }: Props) {
  const [kind, setKind] = useState<ChoiceKind>(current.isDefault ? 'default' : 'own');
  const [text, setText] = useState(() => JSON.stringify(current.model, null, 2));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  async function submit() {
    const choice: ModelChoice | { readonly problem: string } =
      kind === 'default' ? { useDefault: true } : ownChoice(text, lang);
    if ('problem' in choice) {
      setState({ kind: 'failed', message: choice.problem });
      return;
    }
    setState({ kind: 'saving' });
    try {
      const answer = await save(choice);
      setState({ kind: 'saved', name: answer.model.name[lang] });
    } catch (e) {
      setState({ kind: 'failed', message: errorText(e, lang) });
    }
  }

  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('choose', lang)}</Heading>
      <ToggleGroup
        toggleType="radioButtonList"
        name="model-choice"
        label={t('choice', lang)}
        value={kind}
        onChange={(value) => setKind(value === 'own' ? 'own' : 'default')}
        options={[
          { value: 'default', label: t('choice.default', lang) },
          { value: 'own', label: t('choice.own', lang) },
        ]}
      />
      {kind === 'own' ? (
        <TextArea
          name="model-json"
          label={t('json', lang)}
          description={t('jsonHint', lang)}
          rows={16}
          resize="vertical"
          value={text}
          onChange={setText}
        />
      ) : null}
      {state.kind === 'failed' ? (
        <Alert title={t('saveFailed', lang)} variant="error">
          {state.message}
        </Alert>
      ) : null}
      {state.kind === 'saved' ? (
        <Alert title={t('saved', lang)} variant="success">
          <Text>{t('savedText', lang, { name: state.name })}</Text>
        </Alert>
      ) : null}
      <Flex direction="row">
        <Button variant="primary" disabled={state.kind === 'saving'} onClick={() => void submit()}>
          {t('save', lang)}
        </Button>
      </Flex>
    </Flex>
  );
}
