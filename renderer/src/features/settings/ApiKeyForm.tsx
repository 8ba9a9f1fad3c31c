import { useId, useState, type FormEvent } from 'react';
import { useWorkspace } from '../workspace/workspace-store';

/** Paste, replace or remove the key; it goes straight to main and is never shown again. */
export function ApiKeyForm() {
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
        {keyStored ? 'Replace the API key' : 'ElevenLabs API key'}
      </label>
      <div className="row row--tight">
        <input
          id={inputId}
          type="password"
          className="input input--key"
          autoComplete="off"
          spellCheck={false}
          placeholder={keyStored ? 'A key is saved — paste a new one to replace it' : 'sk_…'}
          aria-describedby={hintId}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy !== null || apiKey.trim() === ''}
        >
          {busy === 'saveApiKey' ? 'Checking the key…' : keyStored ? 'Replace key' : 'Save key'}
        </button>
      </div>
      <p id={hintId} className="hint">
        Create a key in the ElevenLabs dashboard under Developers → API keys. Callsheet checks it
        with ElevenLabs and keeps it in your computer’s keychain — never in a file.
      </p>
      {keyStored ? (
        confirmingRemove ? (
          <div className="confirm" role="group" aria-label="Remove the API key?">
            <span>
              Remove the saved key from this computer? Drafts stay; calls stop working until a key
              is added again.
            </span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setConfirmingRemove(false);
                void run('removeApiKey');
              }}
            >
              Remove key
            </button>
            <button type="button" className="button" onClick={() => setConfirmingRemove(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmingRemove(true)}>
            Remove saved key…
          </button>
        )
      ) : null}
    </form>
  );
}
