import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvanceMode } from '../../../../../shared/domain/tasks';
import { useTask } from './task-session-context';

const MODES: readonly AdvanceMode[] = ['automatic', 'confirm'];

/** Whether a place that could not help leads straight to the next one. */
export function AdvanceChoice() {
  const advance = useTask((state) => state.content.advance);
  const update = useTask((state) => state.update);
  const name = useId();
  const { t } = useTranslation('tasks');
  return (
    <fieldset className="advance-choice">
      <legend className="field-label">{t('advance.legend')}</legend>
      {MODES.map((mode) => (
        <label key={mode} className="choice">
          <input
            type="radio"
            name={name}
            checked={advance === mode}
            onChange={() => update({ advance: mode })}
          />
          <span>
            <span className="choice__label">{t(`advance.${mode}.label`)}</span>
            <span className="choice__hint">{t(`advance.${mode}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
