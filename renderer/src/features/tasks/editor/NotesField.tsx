import { useId } from 'react';
import { useTask } from './task-session-context';

const NOTES_MAX = 20_000;

/** What the agent should get done; it tells every place the same. */
export function NotesField() {
  const notes = useTask((state) => state.content.notes);
  const update = useTask((state) => state.update);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Notes for the agent
      </label>
      <textarea
        id={id}
        className="input task-notes"
        rows={4}
        maxLength={NOTES_MAX}
        placeholder="Book a women’s haircut for tomorrow at 18:00, in the name of Nowak."
        aria-describedby={`${id}-hint`}
        value={notes}
        onChange={(event) => update({ notes: event.target.value })}
      />
      <p id={`${id}-hint`} className="hint">
        What to get done, said as you would say it to an assistant. The agent gets it on every call,
        together with the name of the place it is calling.
      </p>
    </div>
  );
}
