import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftContent } from '../../../../../shared/domain/drafts/draft';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { usePhoneNumbers } from '../../workspace/PhoneNumberList';

/** The number a campaign or a task calls from, with what the user recognises it by. */
export type ChosenPhoneNumber = NonNullable<DraftContent['phoneNumber']>;

/** Chooses the number calls come from, by its label and number. */
export function PhoneNumberPicker(props: {
  chosen: ChosenPhoneNumber | null;
  onChange: (phoneNumber: ChosenPhoneNumber | null) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation(['campaigns', 'workspace']);
  const { chosen } = props;
  const { numbers, error, retry } = usePhoneNumbers();
  const id = useId();
  const known = numbers?.find((number) => number.id === chosen?.id);

  return (
    <div className="picker">
      <h3 className="picker__title">
        <label htmlFor={id}>{t('caller.callFrom')}</label>
      </h3>
      <ErrorNotice error={error} onRetry={retry} />
      {numbers && numbers.length === 0 ? (
        <p className="muted">{t('workspace:phoneNumbers.none')}</p>
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
            {numbers === null ? t('workspace:phoneNumbers.loading') : t('caller.chooseNumber')}
          </option>
          {chosen && numbers && !known ? (
            <option value={chosen.id}>
              {t('caller.numberElsewhere', { label: chosen.label, number: chosen.number })}
            </option>
          ) : null}
          {numbers?.map((number) => (
            <option key={number.id} value={number.id} disabled={!number.supportsOutbound}>
              {t(number.supportsOutbound ? 'caller.numberOption' : 'caller.numberNoOutbound', {
                label: number.label,
                number: number.number,
                provider: t(`workspace:providers.${number.provider}`),
              })}
            </option>
          ))}
        </select>
      )}
      {known?.assignedAgent ? (
        <p className="hint">{t('caller.answeredBy', { name: known.assignedAgent.name })}</p>
      ) : null}
    </div>
  );
}
