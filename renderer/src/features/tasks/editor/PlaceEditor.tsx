import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CountryCode } from '../../../../../shared/domain/recipients';
import type { TaskPlace } from '../../../../../shared/domain/tasks';
import { KeyValueEditor } from '../../../ui/KeyValueEditor';
import { TextField } from '../../../ui/TextField';
import { useIssueWords } from '../../recipients/issue-text';
import { variableLabel } from '../../recipients/variable-names';
import { phoneProblem } from './place-edits';

/** What a place's values may fill in: the agent's variables that the task does not fill. */
export interface PlaceValueSlots {
  variables: readonly string[];
  defaults: Readonly<Record<string, string>>;
}

export interface PlaceEditorProps {
  place: TaskPlace;
  index: number;
  count: number;
  country: CountryCode;
  slots: PlaceValueSlots;
  /** Why the agent could not make this place's call (a value it needs is missing), if so. */
  valuesProblem: string | undefined;
  onChange: (change: Partial<Omit<TaskPlace, 'id'>>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

/** "Salon Bella", or "Place 2" while it has no name. */
export function placeName(place: TaskPlace, index: number, t: TFunction<'tasks'>): string {
  return place.name.trim() || t('issues.place', { position: index + 1 });
}

/** One place to call: its name, number and own values, and where it stands in the order. */
export function PlaceEditor(props: PlaceEditorProps) {
  const { place, index, count, country, slots } = props;
  const { t } = useTranslation('tasks');
  const words = useIssueWords();
  const name = placeName(place, index, t);
  // A place just added shows no problems until something is typed into it.
  const blank = place.name.trim() === '' && place.phone_number.trim() === '';
  const ownValues = Object.keys(place.variables).length;
  const phone = blank ? undefined : phoneProblem(place.phone_number, country);
  return (
    <li className="place" data-place-id={place.id}>
      <fieldset className="place__body">
        <legend className="place__legend">{t('issues.place', { position: index + 1 })}</legend>
        <div className="place__fields">
          <TextField
            className="place__name"
            label={t('place.name')}
            value={place.name}
            placeholder={t('place.namePlaceholder')}
            maxLength={500}
            problem={!blank && place.name.trim() === '' ? t('place.needsName') : undefined}
            onCommit={(text) => props.onChange({ name: text.trim() })}
          />
          <TextField
            className="place__phone"
            label={t('place.phone')}
            type="tel"
            value={place.phone_number}
            placeholder={t('place.phonePlaceholder')}
            maxLength={40}
            autoComplete="off"
            problem={phone ? words.issue(phone) : undefined}
            onCommit={(text) => props.onChange({ phone_number: text })}
          />
          <div className="place__actions">
            <button
              type="button"
              className="icon-button place__move"
              data-move="up"
              aria-label={t('place.moveUp', { name })}
              title={t('place.earlier')}
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button place__move"
              data-move="down"
              aria-label={t('place.moveDown', { name })}
              title={t('place.later')}
              disabled={index === count - 1}
              onClick={() => props.onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('place.removeLabel', { name })}
              title={t('place.remove')}
              onClick={props.onRemove}
            >
              ×
            </button>
          </div>
        </div>
        {props.valuesProblem ? <p className="field-problem">{props.valuesProblem}</p> : null}
        <details className="place__values" open={props.valuesProblem ? true : undefined}>
          <summary>
            {ownValues > 0 ? t('place.valuesCount', { count: ownValues }) : t('place.values')}
          </summary>
          <KeyValueEditor
            label={t('place.valuesFor', { name })}
            hint={t('place.valuesHint')}
            entries={place.variables}
            onChange={(variables) => props.onChange({ variables })}
            fixedKeys={slots.variables}
            labelFor={variableLabel}
            placeholderFor={(key) =>
              slots.defaults[key]
                ? t('place.agentDefault', { value: slots.defaults[key] })
                : t('place.notSet')
            }
            keyLabel={t('place.name')}
            addLabel={t('place.addValue')}
          />
        </details>
      </fieldset>
    </li>
  );
}
