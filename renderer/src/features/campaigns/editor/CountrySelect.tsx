import { useId } from 'react';
import {
  listCountries,
  parseCountryCode,
  type CountryCode,
  type CountryOption,
} from '../../../../../shared/domain/recipients';

let countries: CountryOption[] | undefined;

/** The country that numbers typed without a country code belong to. */
export function CountrySelect(props: {
  value: CountryCode;
  onChange: (country: CountryCode) => void;
  readOnly: boolean;
}) {
  const id = useId();
  countries ??= listCountries();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Country for numbers without a country code
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
      <p className="hint">A number typed as 600 700 800 is read as a number in this country.</p>
    </div>
  );
}
