import { useId } from 'react';
import type { AdvanceMode } from '../../../../../shared/domain/tasks';
import { useTask } from './task-session-context';

const CHOICES: ReadonlyArray<{ mode: AdvanceMode; label: string; hint: string }> = [
  {
    mode: 'automatic',
    label: 'Call the next place automatically',
    hint: 'When a place cannot help, the next one is called straight away.',
  },
  {
    mode: 'confirm',
    label: 'Ask me before calling the next place',
    hint: 'When a place cannot help, the task waits until you say to go on.',
  },
];

/** Whether a place that could not help leads straight to the next one. */
export function AdvanceChoice() {
  const advance = useTask((state) => state.content.advance);
  const update = useTask((state) => state.update);
  const name = useId();
  return (
    <fieldset className="advance-choice">
      <legend className="field-label">When a place cannot help</legend>
      {CHOICES.map((choice) => (
        <label key={choice.mode} className="choice">
          <input
            type="radio"
            name={name}
            checked={advance === choice.mode}
            onChange={() => update({ advance: choice.mode })}
          />
          <span>
            <span className="choice__label">{choice.label}</span>
            <span className="choice__hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
