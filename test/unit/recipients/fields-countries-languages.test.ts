import { describe, expect, it } from 'vitest';
import {
  countryCallingCode,
  CountryCodeSchema,
  countryName,
  findFieldForHeader,
  findLanguageCode,
  isCountryCode,
  isLanguageCode,
  LANGUAGE_CODES,
  languageName,
  listCountries,
  listLanguages,
  parseCountryCode,
  RECIPIENT_FIELDS,
  recipientField,
  recipientFieldLabel,
} from '../../../shared/domain/recipients';

describe('recipient fields', () => {
  it('labels every fixed field in plain words', () => {
    expect(recipientField('contact_info.name').label).toBe('Name');
    expect(recipientField('phone_number')).toMatchObject({ label: 'Phone number', required: true });
    expect(RECIPIENT_FIELDS.filter((field) => field.required).map((field) => field.path)).toEqual([
      'phone_number',
    ]);
    expect(new Set(RECIPIENT_FIELDS.map((field) => field.path)).size).toBe(RECIPIENT_FIELDS.length);
  });

  it('offers the choices of choice fields', () => {
    expect(recipientField('metadata.priority').options?.map((option) => option.value)).toEqual([
      'low',
      'medium',
      'high',
      'urgent',
    ]);
    expect(recipientField('metadata.customer_type').options).toContainEqual({
      value: 'vip',
      label: 'VIP',
    });
  });

  it('labels issue paths, including list items, custom fields and variables', () => {
    expect(recipientFieldLabel('preferences.timezone')).toBe('Time zone');
    expect(recipientFieldLabel('preferences.best_call_times.1')).toBe('Best call times (2nd)');
    expect(recipientFieldLabel('preferences.blackout_dates.10')).toBe('Do-not-call dates (11th)');
    expect(recipientFieldLabel('metadata.custom_fields.Shoe size')).toBe('Shoe size');
    expect(recipientFieldLabel('variables.first_name')).toBe('first_name (agent variable)');
  });

  it('recognises spreadsheet headings in English, Polish and Italian', () => {
    expect(findFieldForHeader('Phone Number')).toBe('phone_number');
    expect(findFieldForHeader('Numer telefonu:')).toBe('phone_number');
    expect(findFieldForHeader('Numero di telefono')).toBe('phone_number');
    expect(findFieldForHeader('Imię i nazwisko')).toBe('contact_info.name');
    expect(findFieldForHeader('Strefa czasowa')).toBe('preferences.timezone');
    expect(findFieldForHeader('Priorità')).toBe('metadata.priority');
    expect(findFieldForHeader('contact_info.company')).toBe('contact_info.company');
    expect(findFieldForHeader('Shoe size')).toBeUndefined();
  });
});

describe('countries', () => {
  it('knows the campaign countries', () => {
    for (const code of ['PL', 'IT', 'GB', 'US']) expect(isCountryCode(code)).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('pl')).toBe(false);
    expect(CountryCodeSchema.safeParse('PL').success).toBe(true);
    expect(CountryCodeSchema.safeParse('XX').success).toBe(false);
  });

  it('reads countries as people write them', () => {
    expect(parseCountryCode(' pl ')).toBe('PL');
    expect(parseCountryCode('UK')).toBe('GB');
    expect(parseCountryCode('Italy')).toBe('IT');
    expect(parseCountryCode('Atlantis')).toBeUndefined();
  });

  it('names countries and their calling codes', () => {
    expect(countryName('PL')).toBe('Poland');
    expect(countryName('IT')).toBe('Italy');
    expect(countryCallingCode('GB')).toBe('44');
    const countries = listCountries();
    expect(countries).toContainEqual({ code: 'PL', name: 'Poland', callingCode: '48' });
    const names = countries.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });
});

describe('languages', () => {
  it('ships the 184 ISO 639-1 codes', () => {
    expect(LANGUAGE_CODES).toHaveLength(184);
    expect(new Set(LANGUAGE_CODES).size).toBe(184);
    expect(LANGUAGE_CODES.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
    expect(isLanguageCode('pl')).toBe(true);
    expect(isLanguageCode('PL')).toBe(false);
    expect(isLanguageCode('toString')).toBe(false);
    expect(languageName('it')).toBe('Italian');
    expect(listLanguages()[0]).toEqual({ code: 'ab', name: 'Abkhazian' });
  });

  it('finds the code a person meant', () => {
    expect(findLanguageCode('PL')).toBe('pl');
    expect(findLanguageCode('Polish')).toBe('pl');
    expect(findLanguageCode('italiano')).toBe('it');
    expect(findLanguageCode('en-GB')).toBe('en');
    // A Polish or Italian list names other languages in Polish or Italian.
    expect(findLanguageCode('Angielski')).toBe('en');
    expect(findLanguageCode('ukraiński')).toBe('uk');
    expect(findLanguageCode('inglese')).toBe('en');
    expect(findLanguageCode('polacco')).toBe('pl');
    expect(findLanguageCode('Klingon')).toBeUndefined();
  });
});
