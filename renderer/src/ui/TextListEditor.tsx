import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommitText } from './use-commit-text';

export interface TextListEditorProps {
  /** What the list holds, e.g. "Best call times"; also names the group for screen readers. */
  label: string;
  /** One entry's name, e.g. "Call time 2"; used for its input and its Remove button. */
  itemLabel: (index: number) => string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  /** Problems with stored entries, by position. */
  problems?: ReadonlyMap<number, string>;
  /** The problem with an entry as typed. */
  check?: (text: string) => string | undefined;
  /** Shows date pickers, except for stored entries with a problem, shown as text to fix. */
  dates?: boolean;
  placeholder?: string;
  hint?: string;
  disabled?: boolean;
}

function ListItem(props: {
  label: string;
  value: string;
  type: 'text' | 'date';
  problem: string | undefined;
  check: ((text: string) => string | undefined) | undefined;
  placeholder: string | undefined;
  disabled: boolean;
  autoFocus?: boolean;
  onCommit: (text: string) => void;
  onRemove: () => void;
  removeLabel: string;
}) {
  const { typing, liveProblem, inputProps } = useCommitText({
    value: props.value,
    onCommit: props.onCommit,
    check: props.check,
  });
  const problem = typing ? liveProblem : props.problem;
  return (
    <li className="list-editor__item">
      <div className="list-editor__row">
        <input
          className="input"
          type={props.type}
          aria-label={props.label}
          aria-invalid={problem ? true : undefined}
          placeholder={props.placeholder}
          disabled={props.disabled}
          // Only the entry the user just asked for takes focus, so keyboard users can type at once.
          autoFocus={props.autoFocus}
          {...inputProps}
        />
        {props.disabled ? null : (
          <button
            type="button"
            className="icon-button"
            aria-label={props.removeLabel}
            onClick={props.onRemove}
          >
            ×
          </button>
        )}
      </div>
      {problem ? <p className="field-problem">{problem}</p> : null}
    </li>
  );
}

/** A list of short texts (call windows, dates) with add and remove. */
export function TextListEditor(props: TextListEditorProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const disabled = props.disabled ?? false;
  const typeFor = (problem: string | undefined) => (props.dates && !problem ? 'date' : 'text');

  const replace = (index: number, text: string) =>
    props.onChange(props.items.map((item, position) => (position === index ? text : item)));
  const remove = (index: number) =>
    props.onChange(props.items.filter((_, position) => position !== index));

  return (
    <fieldset className="list-editor">
      <legend className="field-label">{props.label}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      <ul className="list-editor__items">
        {props.items.map((item, index) => {
          const problem = props.problems?.get(index);
          return (
            <ListItem
              key={index}
              label={props.itemLabel(index)}
              removeLabel={t('actions.removeNamed', { name: props.itemLabel(index) })}
              value={item}
              type={typeFor(problem)}
              problem={problem}
              check={props.check}
              placeholder={props.placeholder}
              disabled={disabled}
              onCommit={(text) => replace(index, text)}
              onRemove={() => remove(index)}
            />
          );
        })}
        {adding ? (
          <ListItem
            label={props.itemLabel(props.items.length)}
            removeLabel={t('actions.cancel')}
            value=""
            type={typeFor(undefined)}
            problem={undefined}
            check={props.check}
            placeholder={props.placeholder}
            disabled={disabled}
            autoFocus
            onCommit={(text) => {
              setAdding(false);
              if (text.trim() !== '') props.onChange([...props.items, text]);
            }}
            onRemove={() => setAdding(false)}
          />
        ) : null}
      </ul>
      {disabled || adding ? null : (
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>
          + {props.addLabel}
        </button>
      )}
    </fieldset>
  );
}
