// The library's ES6 build: its default one is compiled down to ES5, whose stand-ins for object
// spread and classes make reading a number about 1.6 times slower. Electron's Chromium and Node,
// all Callsheet runs on, have ES6. Everything here imports the same build, so ParseError is the
// class the parser throws.
import {
  ParseError,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max/es6';
import type { PhoneNumber } from 'libphonenumber-js/max/es6';
import { countryName, type CountryCode } from './countries';
import { shownValue } from './recipient-issues';

export const PHONE_NUMBER_PROBLEMS = [
  'phone_missing',
  'phone_letters',
  'phone_characters',
  'phone_extension',
  'phone_several',
  'phone_scientific_notation',
  'phone_not_a_number',
  'phone_unknown_country_code',
  'phone_too_short',
  'phone_too_long',
  'phone_invalid',
] as const;

export type PhoneNumberProblem = (typeof PHONE_NUMBER_PROBLEMS)[number];

export type PhoneNumberResult =
  | {
      ok: true;
      /** '+48600700800' */
      e164: string;
      /** The country the number belongs to, when the numbering plan says. */
      country: CountryCode | undefined;
    }
  | {
      ok: false;
      code: PhoneNumberProblem;
      reason: string;
      /** The country the reason names ("too short … in Poland"), if it names one. */
      country?: CountryCode;
    };

// Dialling an extension needs a human at the switchboard; silently dropping it would call the
// wrong desk, so such numbers are refused with an explanation rather than "fixed".
const EXTENSION =
  /(?:[\s,;]|^|\d)(?:ext\.?|extension|x|wew\.?|int\.?|interno)\s*\.?\s*\d{1,6}\s*$|#\s*\d{1,6}\s*$/i;
// Excel turns long digit strings into 4.86007E+11 and the lost digits cannot be recovered.
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;
const ALLOWED = /^[\p{Nd}\s+\-‐‑‒–—―−()./]*$/u;
const LETTER = /\p{L}/u;
// A label in front of the number, as lists copied from business cards, websites and CRMs have
// it: "tel. 600 700 800", "kom.: …", "Cellulare: …", "tel:+48…". Only when a number follows.
const LABEL_PREFIX =
  /^(?:(?:tel(?:efon[eo]?|ephone)?|phone|kom(?:órka|orka)?|mob(?:ile)?|cell(?:ulare)?)\s*[.:]*\s*)+(?=[+(\d])/i;
// Two numbers in one cell ("600 700 800 / 601 234 567", "…, …", "… lub …"): each person is called
// on one number, and which one is the owner's to say. A part counts as a number from 7 digits on,
// so an area code written before a slash ("030/1234567") is no second number.
const NUMBER_LIST_SEPARATOR = /\s*(?:[,;|/\n]|\s(?:or|lub|albo|i|o|oppure|e)\s)\s*/i;
const LEAST_DIGITS_OF_A_NUMBER = 7;

function holdsSeveralNumbers(text: string): boolean {
  let numbers = 0;
  for (const part of text.split(NUMBER_LIST_SEPARATOR)) {
    if ((part.match(/\d/g)?.length ?? 0) >= LEAST_DIGITS_OF_A_NUMBER) numbers++;
  }
  return numbers >= 2;
}

function several(typed: string): PhoneNumberResult {
  return fail(
    'phone_several',
    `${quote(typed)} holds more than one phone number. Keep the one to call, and put another in a row of its own.`,
  );
}

const TRUNK_ZERO_IN_BRACKETS = /\(\s*0\s*\)/;
const DOUBLE_ZERO_PREFIX = /^\s*0\s*0/;
const BRACKETED_COUNTRY_CODE = /^\(\s*(?:\+|00)\s*(\d{1,3})\s*\)/;

/** What a number in E.164 looks like; whether it is valid takes isE164PhoneNumber. */
export const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

/**
 * Valid numbers in E.164 seen lately: those isE164PhoneNumber accepted and the E.164 form of
 * every number a normaliser found valid, which it would accept too. The schema that guards what
 * is sent checks each number with isE164PhoneNumber right after a normaliser has read it: the
 * Launch step of 100k people parsed every number twice. Fed by the normalisers rather than by
 * normalizePhoneNumber, so an import's workers, which never ask, don't keep it. Cleared when
 * full, like the normalisers' caches.
 */
const knownE164 = new Set<string>();
const MAX_KNOWN_E164 = 500_000;

function rememberE164(e164: string): void {
  if (!E164_SHAPE.test(e164)) return;
  if (knownE164.size >= MAX_KNOWN_E164) knownE164.clear();
  knownE164.add(e164);
}

function quote(raw: string): string {
  return `“${shownValue(raw)}”`;
}

function parseValid(text: string, defaultCountry: CountryCode): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  return parsed?.isValid() ? parsed : undefined;
}

/**
 * The number as typed, parsed, or why it can't be: the reason validatePhoneNumberLength would
 * give, without parsing it again (an invalid number used to be parsed three times).
 */
type FirstReading =
  { parsed: PhoneNumber; failure?: undefined } | { parsed?: undefined; failure: string };

function readFirst(text: string, defaultCountry: CountryCode): FirstReading {
  try {
    return { parsed: parsePhoneNumberWithError(text, { defaultCountry, extract: false }) };
  } catch (error) {
    if (error instanceof ParseError) return { failure: error.message };
    throw error;
  }
}

/**
 * Turns a number as a person typed it into E.164, reading numbers without a leading + or 00
 * as numbers of `defaultCountry`. "600 700 800" in a Polish campaign becomes +48600700800;
 * "+39 347 123 4567" and "0048 600 700 800" keep their own country.
 */
export function normalizePhoneNumber(raw: string, defaultCountry: CountryCode): PhoneNumberResult {
  const typed = raw.trim();
  if (typed === '') return fail('phone_missing', 'The phone number is missing.');
  const text = typed.replace(LABEL_PREFIX, '');

  if (!ALLOWED.test(text)) {
    if (holdsSeveralNumbers(text)) return several(typed);
    if (SCIENTIFIC.test(text)) {
      return fail(
        'phone_scientific_notation',
        `${quote(typed)} was turned into a rounded number by the spreadsheet, so some digits are lost. Format the phone column as text and import it again.`,
      );
    }
    if (EXTENSION.test(text)) {
      return fail(
        'phone_extension',
        `${quote(typed)} includes an extension, which can't be dialled automatically. Enter a direct number instead.`,
      );
    }
    if (LETTER.test(text)) {
      return fail(
        'phone_letters',
        `${quote(typed)} contains letters. A phone number can only have digits, spaces, dashes, brackets and a leading +.`,
      );
    }
    return fail(
      'phone_characters',
      `${quote(typed)} contains characters that don't belong in a phone number. Use only digits, spaces, dashes, brackets and a leading +.`,
    );
  }

  const first = readFirst(text, defaultCountry);
  const valid =
    (first.parsed?.isValid() ? first.parsed : undefined) ??
    // "(+48) 600 700 800" is how many Polish businesses print their numbers.
    (BRACKETED_COUNTRY_CODE.test(text)
      ? parseValid(text.replace(BRACKETED_COUNTRY_CODE, '+$1 '), defaultCountry)
      : undefined) ??
    // "+48 (0) 600 700 800": the bracketed trunk zero is a common way of writing numbers on
    // business cards, but it must not be dialled from abroad.
    (TRUNK_ZERO_IN_BRACKETS.test(text)
      ? parseValid(text.replace(TRUNK_ZERO_IN_BRACKETS, ''), defaultCountry)
      : undefined) ??
    // 00 is the international prefix almost everywhere except North America; a "0048 …"
    // number in a US campaign is still clearly a Polish number.
    (DOUBLE_ZERO_PREFIX.test(text)
      ? parseValid(`+${text.replace(DOUBLE_ZERO_PREFIX, '')}`, defaultCountry)
      : undefined);
  if (valid) return { ok: true, e164: valid.number, country: valid.country };
  return explainInvalid(typed, text, defaultCountry, first);
}

function fail(code: PhoneNumberProblem, reason: string, country?: CountryCode): PhoneNumberResult {
  return country === undefined ? { ok: false, code, reason } : { ok: false, code, reason, country };
}

function explainInvalid(
  typed: string,
  text: string,
  defaultCountry: CountryCode,
  first: FirstReading,
): PhoneNumberResult {
  if (holdsSeveralNumbers(text)) return several(typed);
  const { parsed } = first;
  const international = /^\s*(?:\+|00)/.test(text);
  const country = parsed?.country ?? (international ? undefined : defaultCountry);
  // Numbers of shared calling codes (+39 is Italy and the Vatican) only name a country once
  // valid, so a broken international number is described without one.
  const forCountry = country === undefined ? '' : ` for ${countryName(country)}`;
  const inCountry = country === undefined ? '' : ` in ${countryName(country)}`;
  // A number that parses can still be the wrong length for its country.
  const length = first.failure ?? validatePhoneNumberLength(text, { defaultCountry });
  switch (length) {
    case 'NOT_A_NUMBER':
      return fail('phone_not_a_number', `${quote(typed)} doesn't look like a phone number.`);
    case 'INVALID_COUNTRY':
      return fail(
        'phone_unknown_country_code',
        `${quote(typed)} doesn't start with a known country code. Check the digits after the +.`,
      );
    case 'TOO_SHORT':
      return fail(
        'phone_too_short',
        `${quote(typed)} is too short to be a phone number${inCountry}.`,
        country,
      );
    case 'TOO_LONG':
      return fail(
        'phone_too_long',
        `${quote(typed)} is too long to be a phone number${inCountry}.`,
        country,
      );
    default:
      return fail(
        'phone_invalid',
        `${quote(typed)} is not a valid phone number${forCountry}.`,
        country,
      );
  }
}

// Valid and broken numbers of the kinds people type: normalising them once loads the numbering
// plans and builds what a worker's first real number would otherwise wait for.
const WARM_UP_NUMBERS = [
  '+48 600 700 800',
  '600 700 800',
  '0048 600 700 800',
  '+39 347 123 4567',
  '+1 212 555 0100',
  '(0) 12',
  'abc',
];

/**
 * Does the one-time work of a first normalisation (~50 ms, twice what a warm one of thousands
 * costs) in a worker started ahead of an import, instead of on the import's way.
 */
export function warmUpPhoneNumbers(): void {
  for (const typed of WARM_UP_NUMBERS) normalizePhoneNumber(typed, 'US');
}

/** Whether `value` is already a valid number written in E.164 ('+48600700800'). */
export function isE164PhoneNumber(value: string): boolean {
  if (knownE164.has(value)) return true;
  if (!E164_SHAPE.test(value)) return false;
  const parsed = parsePhoneNumberFromString(value);
  const valid = parsed !== undefined && parsed.isValid() && parsed.number === value;
  if (valid) rememberE164(value);
  return valid;
}

/**
 * Normalises phone numbers for one default country, remembering each distinct typed value so
 * a list is parsed once and later re-validations (after one edit) cost one parse.
 */
export interface PhoneNumberNormalizer {
  readonly defaultCountry: CountryCode;
  normalize(raw: string): PhoneNumberResult;
}

/**
 * Numbers found valid elsewhere for one campaign country (an import's), in E.164: each with
 * the country its numbering plan names, or '' for none.
 */
export interface ValidPhoneNumbers {
  defaultCountry: CountryCode;
  e164: string[];
  countries: string[];
}

/** A normaliser that can also be told numbers found valid elsewhere (see learn). */
export interface PhoneNumberCache extends PhoneNumberNormalizer {
  /**
   * Takes the numbers as valid without parsing them: what normalize would find for a valid
   * number written in E.164 is that number and its country. Ignored for another country,
   * whose numbers may name another country for a calling code they share.
   */
  learn(numbers: ValidPhoneNumbers): void;
}

export function createPhoneNumberNormalizer(
  defaultCountry: CountryCode,
  options: { maxCacheSize?: number } = {},
): PhoneNumberCache {
  const maxCacheSize = options.maxCacheSize ?? 500_000;
  const cache = new Map<string, PhoneNumberResult>();
  const remember = (raw: string, result: PhoneNumberResult) => {
    // Dropping everything is crude but bounded; real lists stay far below the limit.
    if (cache.size >= maxCacheSize) cache.clear();
    cache.set(raw, result);
  };
  return {
    defaultCountry,
    normalize(raw) {
      let result = cache.get(raw);
      if (result === undefined) {
        result = normalizePhoneNumber(raw, defaultCountry);
        remember(raw, result);
        if (result.ok) rememberE164(result.e164);
      }
      return result;
    },
    learn(numbers) {
      if (numbers.defaultCountry !== defaultCountry) return;
      numbers.e164.forEach((e164, index) => {
        const country = numbers.countries[index];
        remember(e164, { ok: true, e164, country: country ? (country as CountryCode) : undefined });
      });
    },
  };
}

/** `given` when it was made for `defaultCountry`, so what it remembers is reused; else a new one. */
export function normalizerFor(
  defaultCountry: CountryCode,
  given: PhoneNumberNormalizer | undefined,
): PhoneNumberNormalizer {
  return given?.defaultCountry === defaultCountry
    ? given
    : createPhoneNumberNormalizer(defaultCountry);
}
