import type { CountryCode } from '../../../../../shared/domain/recipients';
import type { TaskPlace } from '../../../../../shared/domain/tasks';
import { KeyValueEditor } from '../../../ui/KeyValueEditor';
import { TextField } from '../../../ui/TextField';
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
export function placeName(place: TaskPlace, index: number): string {
  return place.name.trim() || `Place ${index + 1}`;
}

/** One place to call: its name, number and own values, and where it stands in the order. */
export function PlaceEditor(props: PlaceEditorProps) {
  const { place, index, count, country, slots } = props;
  const name = placeName(place, index);
  // A place just added shows no problems until something is typed into it.
  const blank = place.name.trim() === '' && place.phone_number.trim() === '';
  const ownValues = Object.keys(place.variables).length;
  return (
    <li className="place" data-place-id={place.id}>
      <fieldset className="place__body">
        <legend className="place__legend">Place {index + 1}</legend>
        <div className="place__fields">
          <TextField
            className="place__name"
            label="Name"
            value={place.name}
            placeholder="Salon Bella"
            maxLength={500}
            problem={!blank && place.name.trim() === '' ? 'A place needs a name.' : undefined}
            onCommit={(text) => props.onChange({ name: text.trim() })}
          />
          <TextField
            className="place__phone"
            label="Phone number"
            type="tel"
            value={place.phone_number}
            placeholder="600 700 800"
            maxLength={40}
            autoComplete="off"
            problem={blank ? undefined : phoneProblem(place.phone_number, country)}
            onCommit={(text) => props.onChange({ phone_number: text })}
          />
          <div className="place__actions">
            <button
              type="button"
              className="icon-button place__move"
              data-move="up"
              aria-label={`Move ${name} up`}
              title="Call earlier"
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button place__move"
              data-move="down"
              aria-label={`Move ${name} down`}
              title="Call later"
              disabled={index === count - 1}
              onClick={() => props.onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${name}`}
              title="Remove"
              onClick={props.onRemove}
            >
              ×
            </button>
          </div>
        </div>
        {props.valuesProblem ? <p className="field-problem">{props.valuesProblem}</p> : null}
        <details className="place__values" open={props.valuesProblem ? true : undefined}>
          <summary>Values for this place{ownValues > 0 ? ` (${ownValues})` : ''}</summary>
          <KeyValueEditor
            label={`Values for ${name}`}
            hint="Only for this place; they win over everything else the agent would get."
            entries={place.variables}
            onChange={(variables) => props.onChange({ variables })}
            fixedKeys={slots.variables}
            labelFor={variableLabel}
            placeholderFor={(key) =>
              slots.defaults[key]
                ? `Agent’s default: ${slots.defaults[key]}`
                : 'Not set — the agent needs it'
            }
            keyLabel="Name"
            addLabel="Add a value"
          />
        </details>
      </fieldset>
    </li>
  );
}
