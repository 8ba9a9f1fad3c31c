import { readCallWindow } from './call-windows';
import type { CountryCode } from './countries';
import { findLanguageCode } from './languages';
import { createPhoneNumberNormalizer, type PhoneNumberNormalizer } from './phone-numbers';
import { trimRecord } from './record-keys';
import {
  readCustomerType,
  readPriority,
  type StoredRecipient,
  type StoredRecipientInput,
} from './recipient-schema';
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

/** Copies only defined values, so stored rows don't carry `key: undefined`. */
function defined<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (values[key] !== undefined) result[key] = values[key];
  }
  return result;
}

/**
 * The recipient with every value put into its canonical form where that is possible
 * ("600 700 800" → "+48600700800", "High" → "high", "9-17" → "09:00-17:00",
 * "europe/warsaw" → "Europe/Warsaw", "Polish" → "pl") and all text trimmed. Values that
 * cannot be read stay as typed (trimmed) for validateRecipient to report; empty entries in
 * lists and nameless empty entries in records are dropped because they hold nothing.
 */
export function normalizeRecipient(
  recipient: StoredRecipientInput,
  defaultCountry: CountryCode,
  options: NormalizeOptions = {},
): StoredRecipient {
  const phoneNumbers =
    options.phoneNumbers?.defaultCountry === defaultCountry
      ? options.phoneNumbers
      : createPhoneNumberNormalizer(defaultCountry);
  return normalizeWith(recipient, phoneNumbers);
}

/** Normalises a whole list, parsing each distinct phone number once. */
export function normalizeRecipients(
  recipients: readonly StoredRecipientInput[],
  defaultCountry: CountryCode,
  options: NormalizeOptions = {},
): StoredRecipient[] {
  const phoneNumbers =
    options.phoneNumbers?.defaultCountry === defaultCountry
      ? options.phoneNumbers
      : createPhoneNumberNormalizer(defaultCountry);
  return recipients.map((recipient) => normalizeWith(recipient, phoneNumbers));
}

function normalizeWith(
  recipient: StoredRecipientInput,
  phoneNumbers: PhoneNumberNormalizer,
): StoredRecipient {
  const phone = phoneNumbers.normalize(recipient.phone_number);
  const contact = recipient.contact_info ?? {};
  const preferences = recipient.preferences ?? {};
  const metadata = recipient.metadata ?? {};

  const language = text(preferences.language);
  const timezone = text(preferences.timezone);
  const zone = timezone === undefined ? undefined : resolveTimeZone(timezone);
  const priority = text(metadata.priority);
  const customerType = text(metadata.customer_type);

  return {
    id: recipient.id,
    phone_number: phone.ok ? phone.e164 : recipient.phone_number.trim(),
    contact_info: defined({
      name: text(contact.name),
      company: text(contact.company),
      title: text(contact.title),
      department: text(contact.department),
    }),
    preferences: {
      ...defined({
        language: language === undefined ? undefined : (findLanguageCode(language) ?? language),
        timezone: zone?.ok ? zone.name : timezone,
      }),
      best_call_times: nonEmpty(preferences.best_call_times).map((window) => {
        const read = readCallWindow(window);
        return read.ok ? read.text : window;
      }),
      blackout_dates: nonEmpty(preferences.blackout_dates),
    },
    metadata: {
      ...defined({
        priority: priority === undefined ? undefined : (readPriority(priority) ?? priority),
        customer_type:
          customerType === undefined ? undefined : (readCustomerType(customerType) ?? customerType),
      }),
      tags: [...new Set(nonEmpty(metadata.tags))],
      custom_fields: trimRecord(metadata.custom_fields ?? {}).record,
    },
    variables: trimRecord(recipient.variables ?? {}).record,
  };
}

function nonEmpty(values: readonly string[] | undefined): string[] {
  const result: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed !== '') result.push(trimmed);
  }
  return result;
}
