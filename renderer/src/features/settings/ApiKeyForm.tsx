import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/workspace-store';

/** Paste, replace or remove the key; it goes straight to main and is never shown again. */
export function ApiKeyForm() {
  const { t } = useTranslation('settings');
  const { status, busy, saveApiKey, run } = useWorkspace();
  const [apiKey, setApiKey] = useState('');
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const keyStored = status?.keyStored ?? false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!apiKey.trim()) return;
    if (await saveApiKey(apiKey)) setApiKey('');
  };

  return (
    <form className="api-key-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId} className="field-label">
        {keyStored ? t('apiKey.replaceLabel') : t('apiKey.label')}
      </label>
      <div className="row row--tight">
        <input
          id={inputId}
          type="password"
          className="input input--key"
          autoComplete="off"
          spellCheck={false}
          placeholder={keyStored ? t('apiKey.savedPlaceholder') : t('apiKey.placeholder')}
          aria-describedby={hintId}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy !== null || apiKey.trim() === ''}
        >
          {busy === 'saveApiKey'
            ? t('apiKey.checking')
            : keyStored
              ? t('apiKey.replace')
              : t('apiKey.save')}
        </button>
      </div>
      <p id={hintId} className="hint">
        {t('apiKey.hint')}
      </p>
      {keyStored ? (
        confirmingRemove ? (
          <div className="confirm" role="group" aria-label={t('apiKey.removeQuestion')}>
            <span>{t('apiKey.removeExplained')}</span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setConfirmingRemove(false);
                void run('removeApiKey');
              }}
            >
              {t('apiKey.remove')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingRemove(false)}>
              {t('apiKey.keep')}
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmingRemove(true)}>
            {t('apiKey.removeSaved')}
          </button>
        )
      ) : null}
    </form>
  );
}
