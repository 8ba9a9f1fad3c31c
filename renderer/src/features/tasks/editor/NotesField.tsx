import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTask } from './task-session-context';

const NOTES_MAX = 20_000;

/** What the agent should get done; it tells every place the same. */
export function NotesField() {
  const notes = useTask((state) => state.content.notes);
  const update = useTask((state) => state.update);
  const id = useId();
  const { t } = useTranslation('tasks');
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('notes.label')}
      </label>
      <textarea
        id={id}
        className="input task-notes"
        rows={4}
        maxLength={NOTES_MAX}
        placeholder={t('notes.placeholder')}
        aria-describedby={`${id}-hint`}
        value={notes}
        onChange={(event) => update({ notes: event.target.value })}
      />
      <p id={`${id}-hint`} className="hint">
        {t('notes.hint')}
      </p>
    </div>
  );
}
