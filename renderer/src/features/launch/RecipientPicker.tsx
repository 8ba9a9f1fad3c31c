import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecipients } from '../recipients/recipient-store-context';
import { personLabel, usePersonLabel } from './launch-format';

// A drop-down of a whole 100,000-row list would be unusable; a search narrows it instead.
const OPTIONS_SHOWN = 300;

interface Option {
  id: string;
  label: string;
}

/** Picks one recipient by name or number; `null` is the "nobody" choice. */
export function RecipientPicker(props: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation('launch');
  const recipients = useRecipients((state) => state.recipients);
  const chosenLabel = usePersonLabel(props.value ?? '');
  const [search, setSearch] = useState('');
  const id = useId();

  const options = useMemo(() => {
    const wanted = search.trim().toLowerCase();
    const found: Option[] = [];
    for (let index = 0; index < recipients.length && found.length < OPTIONS_SHOWN; index++) {
      const recipient = recipients[index];
      if (!recipient) continue;
      const label = personLabel(recipient, index, t);
      if (wanted === '' || label.toLowerCase().includes(wanted)) {
        found.push({ id: recipient.id, label });
      }
    }
    return found;
  }, [recipients, search, t]);

  const chosenShown = props.value === null || options.some((option) => option.id === props.value);
  return (
    <div className="recipient-picker">
      {recipients.length > OPTIONS_SHOWN ? (
        <div className="field">
          <label htmlFor={`${id}-search`} className="field-label">
            {t('picker.search')}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="input"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={id} className="field-label">
          {props.label}
        </label>
        <select
          id={id}
          className="input"
          value={props.value ?? ''}
          onChange={(event) => props.onChange(event.target.value || null)}
        >
          <option value="">{t('picker.nobody')}</option>
          {chosenShown || props.value === null ? null : (
            <option value={props.value}>{chosenLabel}</option>
          )}
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
