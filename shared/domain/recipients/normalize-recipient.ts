import { readCalendarDate } from './calendar-dates';
import { readCallWindow } from './call-windows';
import type { CountryCode } from './countries';
import { findLanguageCode } from './languages';
import { normalizerFor, type PhoneNumberNormalizer } from './phone-numbers';
import { trimRecord } from './record-keys';
import { readCustomerType, readPriority } from './recipient-fields';
import { type StoredRecipient, type StoredRecipientInput } from './recipient-schema';
import { resolveTimeZone } from './time-zones';

export interface NormalizeOptions {
  /** A normaliser to reuse; ignored when it was made for a different country. */
  phoneNumbers?: PhoneNumberNormalizer;
}

/** Trimmed text, or undefined when nothing is left. */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Sets `key` only to a value, so stored rows don't carry `key: undefined`. */
function setDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (value !== undefined) target[key] = value;
}

/**
 * The recipient with every value put into its canonical form where that is possible
 * ("600 700 800" → "+48600700800", "High" → "high", "9-17" → "09:00-17:00",
 * "europe/warsaw" → "Europe/Warsaw", "Polish" → "pl", "24.12.2025" → "2025-12-24" in a Polish
 * campaign) and all text trimmed. Values that cannot be read stay as typed (trimmed) for
 * validateRecipient to report; empty entries in lists and nameless empty entries in records are
 * dropped because they hold nothing.
 */
export function normalizeRecipient(
  recipient: StoredRecipientInput,
  defaultCountry: CountryCode,
  options: NormalizeOptions = {},
): StoredRecipient {
  const phoneNumbers = normalizerFor(defaultCountry, options.phoneNumbers);
  return normalizeWith(recipient, phoneNumbers);
}

/** Normalises a whole list, parsing each distinct phone number once. */
export function normalizeRecipients(
  recipients: readonly StoredRecipientInput[],
  defaultCountry: CountryCode,
  options: NormalizeOptions = {},
): StoredRecipient[] {
  const phoneNumbers = normalizerFor(defaultCountry, options.phoneNumbers);
  return recipients.map((recipient) => normalizeWith(recipient, phoneNumbers));
}

// Each group is built directly, without intermediate objects, arrays or sets: an import runs
// these parts on every one of 100k rows, where such garbage would cost more than the work.
function normalizeWith(
  recipient: StoredRecipientInput,
  phoneNumbers: PhoneNumberNormalizer,
): StoredRecipient {
  const phone = phoneNumbers.normalize(recipient.phone_number);
  const preferences = recipient.preferences ?? {};
  const metadata = recipient.metadata ?? {};
  return {
    id: recipient.id,
    phone_number: phone.ok ? phone.e164 : recipient.phone_number.trim(),
    contact_info: normalizeContactInfo(recipient.contact_info ?? {}),
    preferences: normalizePreferences(preferences, phoneNumbers.defaultCountry),
    metadata: {
      ...normalizeCategories(metadata),
      custom_fields: normalizeRecord(metadata.custom_fields ?? {}),
    },
    variables: normalizeRecord(recipient.variables ?? {}),
  };
}

/**
 * Custom fields or variables with names and values trimmed; a name whose trimmed form is taken
 * keeps its spaces (validateRecipient reports it). The record itself when nothing needs it.
 */
export function normalizeRecord(record: Record<string, string>): Record<string, string> {
  return trimRecord(record).record;
}

type ContactInfoInput = NonNullable<StoredRecipientInput['contact_info']>;
type PreferencesInput = NonNullable<StoredRecipientInput['preferences']>;
type MetadataInput = NonNullable<StoredRecipientInput['metadata']>;

/** Contact details trimmed, empty ones left out. */
export function normalizeContactInfo(contact: ContactInfoInput): StoredRecipient['contact_info'] {
  const result: StoredRecipient['contact_info'] = {};
  setDefined(result, 'name', text(contact.name));
  setDefined(result, 'company', text(contact.company));
  setDefined(result, 'title', text(contact.title));
  setDefined(result, 'department', text(contact.department));
  return result;
}

/** Language, time zone, call times and blackout dates in their canonical forms. */
function normalizePreferences(
  preferences: PreferencesInput,
  country: CountryCode,
): StoredRecipient['preferences'] {
  const language = text(preferences.language);
  const timezone = text(preferences.timezone);
  const zone = timezone === undefined ? undefined : resolveTimeZone(timezone);
  const single: Omit<StoredRecipient['preferences'], 'best_call_times' | 'blackout_dates'> = {};
  setDefined(
    single,
    'language',
    language === undefined ? undefined : (findLanguageCode(language) ?? language),
  );
  setDefined(single, 'timezone', zone?.ok ? zone.name : timezone);
  return {
    ...single,
    best_call_times: nonEmpty(preferences.best_call_times, (window) => {
      const read = readCallWindow(window);
      return read.ok ? read.text : window;
    }),
    blackout_dates: nonEmpty(preferences.blackout_dates, (date) => {
      const read = readCalendarDate(date, country);
      return read.ok ? read.text : date;
    }),
  };
}

/** Priority, customer type and tags (each tag once); custom fields are left to the caller. */
function normalizeCategories(
  metadata: MetadataInput,
): Omit<StoredRecipient['metadata'], 'custom_fields'> {
  const priority = text(metadata.priority);
  const customerType = text(metadata.customer_type);
  const single: Omit<StoredRecipient['metadata'], 'tags' | 'custom_fields'> = {};
  setDefined(
    single,
    'priority',
    priority === undefined ? undefined : (readPriority(priority) ?? priority),
  );
  setDefined(
    single,
    'customer_type',
    customerType === undefined ? undefined : (readCustomerType(customerType) ?? customerType),
  );
  return { ...single, tags: nonEmpty(metadata.tags, undefined, true) };
}

/** The trimmed, non-empty entries, each put in canonical form and, if `once`, kept once. */
function nonEmpty(
  values: readonly string[] | undefined,
  canonical?: (trimmed: string) => string,
  once = false,
): string[] {
  const result: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed === '') continue;
    const entry = canonical ? canonical(trimmed) : trimmed;
    if (!once || !result.includes(entry)) result.push(entry);
  }
  return result;
}
