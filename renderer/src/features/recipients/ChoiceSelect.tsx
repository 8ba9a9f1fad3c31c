import type { SelectHTMLAttributes } from 'react';

export interface Choice {
  value: string;
  label: string;
}

type PassedSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

/**
 * A select over fixed choices that still shows a stored value outside them (a spreadsheet's
 * "asap" for a priority) until it is replaced, instead of silently showing the empty choice.
 */
export function ChoiceSelect({
  value,
  choices,
  onChoose,
  emptyLabel = '—',
  ...select
}: PassedSelectProps & {
  value: string;
  choices: readonly Choice[];
  onChoose: (value: string) => void;
  emptyLabel?: string;
}) {
  const known = value === '' || choices.some((choice) => choice.value === value);
  return (
    <select {...select} value={value} onChange={(event) => onChoose(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
      {known ? null : <option value={value}>{value}</option>}
    </select>
  );
}
