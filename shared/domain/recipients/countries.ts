// The same build of the library as phone-numbers.ts, which says why.
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max/es6';
import type { CountryCode } from 'libphonenumber-js/max/es6';
import { z } from 'zod';

export type { CountryCode };

// Only countries libphonenumber has dialling rules for can be a campaign's default country:
// the default country exists to interpret numbers typed without a leading +.
const COUNTRY_CODES: readonly CountryCode[] = getCountries();
const COUNTRY_CODE_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

export const CountryCodeSchema = z.enum(COUNTRY_CODES as [CountryCode, ...CountryCode[]]);

export function isCountryCode(value: string): value is CountryCode {
  return COUNTRY_CODE_SET.has(value);
}

// People write "UK" far more often than the ISO code "GB".
const COUNTRY_CODE_ALIASES: Readonly<Record<string, CountryCode>> = { UK: 'GB' };

const displayNamesByLocale = new Map<string, Intl.DisplayNames>();

function regionDisplayNames(locale: string): Intl.DisplayNames {
  let names = displayNamesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    displayNamesByLocale.set(locale, names);
  }
  return names;
}

/** The country's name for people, e.g. 'PL' → 'Poland'. */
export function countryName(code: CountryCode, locale = 'en'): string {
  return regionDisplayNames(locale).of(code) ?? code;
}

/** The international calling code without the plus, e.g. 'PL' → '48'. */
export function countryCallingCode(code: CountryCode): string {
  return getCountryCallingCode(code);
}

export interface CountryOption {
  code: CountryCode;
  name: string;
  /** Without the plus, e.g. '48'. */
  callingCode: string;
}

/** Every country a campaign can default to, sorted by name in the given locale. */
export function listCountries(locale = 'en'): CountryOption[] {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({
    code,
    name: countryName(code, locale),
    callingCode: getCountryCallingCode(code),
  })).sort((a, b) => collator.compare(a.name, b.name));
}

let countryByEnglishName: Map<string, CountryCode> | undefined;

/**
 * Reads a country as a person may write it in a settings file or spreadsheet: 'pl', ' PL ',
 * 'UK', 'Poland'. Returns undefined when it is not a country we can call.
 */
export function parseCountryCode(raw: string): CountryCode | undefined {
  const trimmed = raw.trim();
  const upper = trimmed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  const alias = COUNTRY_CODE_ALIASES[upper];
  if (alias) return alias;
  if (!countryByEnglishName) {
    countryByEnglishName = new Map(
      COUNTRY_CODES.map((code) => [countryName(code).toLowerCase(), code]),
    );
  }
  return countryByEnglishName.get(trimmed.toLowerCase());
}
