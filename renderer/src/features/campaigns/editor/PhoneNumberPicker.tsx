import { useId } from 'react';
import type { DraftContent } from '../../../../../shared/domain/drafts/draft';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { providerLabels, usePhoneNumbers } from '../../workspace/PhoneNumberList';

/** The number a campaign or a task calls from, with what the user recognises it by. */
export type ChosenPhoneNumber = NonNullable<DraftContent['phoneNumber']>;

/** Chooses the number calls come from, by its label and number. */
export function PhoneNumberPicker(props: {
  chosen: ChosenPhoneNumber | null;
  onChange: (phoneNumber: ChosenPhoneNumber | null) => void;
  readOnly: boolean;
}) {
  const { chosen } = props;
  const { numbers, error, retry } = usePhoneNumbers();
  const id = useId();
  const known = numbers?.find((number) => number.id === chosen?.id);

  return (
    <div className="picker">
      <h3 className="picker__title">
        <label htmlFor={id}>Call from</label>
      </h3>
      <ErrorNotice error={error} onRetry={retry} />
      {numbers && numbers.length === 0 ? (
        <p className="muted">
          This workspace has no phone numbers yet. Add a Twilio number or a SIP trunk in the
          ElevenLabs dashboard to place calls.
        </p>
      ) : (
        <select
          id={id}
          className="input"
          value={chosen?.id ?? ''}
          disabled={props.readOnly || numbers === null}
          onChange={(event) => {
            const number = numbers?.find((candidate) => candidate.id === event.target.value);
            props.onChange(
              number ? { id: number.id, label: number.label, number: number.number } : null,
            );
          }}
        >
          <option value="">
            {numbers === null ? 'Loading phone numbers…' : 'Choose a number…'}
          </option>
          {chosen && numbers && !known ? (
            <option value={chosen.id}>
              {chosen.label} — {chosen.number} (not in this workspace)
            </option>
          ) : null}
          {numbers?.map((number) => (
            <option key={number.id} value={number.id} disabled={!number.supportsOutbound}>
              {number.label} — {number.number} ({providerLabels[number.provider]}
              {number.supportsOutbound ? '' : ', can’t call out'})
            </option>
          ))}
        </select>
      )}
      {known?.assignedAgent ? (
        <p className="hint">Calls to this number are answered by {known.assignedAgent.name}.</p>
      ) : null}
    </div>
  );
}
