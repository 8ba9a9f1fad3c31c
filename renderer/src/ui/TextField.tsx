import { useId, type InputHTMLAttributes } from 'react';
import { useCommitText, type CommitTextOptions } from './use-commit-text';

type PassedInputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'placeholder' | 'list' | 'disabled' | 'autoComplete' | 'maxLength' | 'className'
>;

export interface TextFieldProps extends CommitTextOptions, PassedInputProps {
  label: string;
  /** A problem with the stored value, shown while nothing is being typed. */
  problem?: string | undefined;
  hint?: string;
}

/** A labelled text input that commits on Enter or blur and shows its problem underneath. */
export function TextField({
  label,
  problem,
  hint,
  value,
  onCommit,
  check,
  onKeyDown,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const { typing, liveProblem, inputProps } = useCommitText({ value, onCommit, check, onKeyDown });
  const shown = typing ? liveProblem : problem;
  const describedBy = [shown ? `${id}-problem` : '', hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
        {...inputProps}
      />
      {shown ? (
        <p id={`${id}-problem`} className="field-problem">
          {shown}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
