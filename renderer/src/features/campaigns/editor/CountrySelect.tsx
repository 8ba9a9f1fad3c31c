import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listCountries,
  parseCountryCode,
  type CountryCode,
} from '../../../../../shared/domain/recipients';

/** The country that numbers typed without a country code belong to. */
export function CountrySelect(props: {
  value: CountryCode;
  onChange: (country: CountryCode) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation('campaigns');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const countries = useMemo(() => listCountries(language), [language]);
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('country.label')}
      </label>
      <select
        id={id}
        className="input input--auto"
        value={props.value}
        disabled={props.readOnly}
        onChange={(event) => {
          const code = parseCountryCode(event.target.value);
          if (code) props.onChange(code);
        }}
      >
        {countries.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name} (+{option.callingCode})
          </option>
        ))}
      </select>
      <p className="hint">{t('country.hint')}</p>
    </div>
  );
}
