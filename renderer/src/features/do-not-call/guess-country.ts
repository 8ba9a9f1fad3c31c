import { parseCountryCode, type CountryCode } from '../../../../shared/domain/recipients';

/** The country of the computer's language settings (pl-PL → PL), else Poland. */
export function guessCountry(): CountryCode {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region;
    return (region && parseCountryCode(region)) || 'PL';
  } catch {
    return 'PL';
  }
}
