import { useId } from 'react';

/** A labelled search box whose text is reported on every keystroke. */
export function SearchField(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  /** The label is read out but not shown, where the box's place says what it searches. */
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      <input
        id={id}
        type="search"
        className="input"
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </>
  );
}
