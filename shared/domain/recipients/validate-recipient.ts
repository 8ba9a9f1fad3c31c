import { isSystemVariable } from '../agents/placeholders';
import { readCalendarDate } from './calendar-dates';
import { readCallWindow } from './call-windows';
import type { CountryCode } from './countries';
import { findLanguageCode } from './languages';
import { normalizerFor, type PhoneNumberNormalizer } from './phone-numbers';
import { trimRecord } from './record-keys';
import {
  shownValue,
  type RecipientIssue,
  type RecipientIssueCode,
  type RecipientIssueParams,
} from './recipient-issues';
import { readCustomerType, readPriority } from './recipient-fields';
import { CUSTOMER_TYPES, PRIORITIES, type StoredRecipientInput } from './recipient-schema';
import { resolveTimeZone } from './time-zones';

export interface RecipientValidationContext {
  /** The campaign country: numbers typed without a country code belong to it. */
  defaultCountry: CountryCode;
  /**
   * A normaliser to reuse (and fill) across validations, so unchanged numbers are not parsed
   * again. Ignored when it was made for a different country.
   */
  phoneNumbers?: PhoneNumberNormalizer;
}

// Placeholders the agent can reference look like {{first_name}}; any other key can never be
// filled into a prompt.
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Spreadsheet cells list tags separated by commas or semicolons, so such a tag would come
// back from an export as two tags.
const TAG_SEPARATOR = /[,;]/;

function quote(value: string): string {
  return `“${shownValue(value)}”`;
}

function optionList(values: readonly string[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
}

/** Text that is absent or only spaces counts as not filled in. */
function filled(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Every problem with one recipient, field by field.
 *
 * A value is a problem only when normalizeRecipient cannot turn it into a valid one: the
 * person is never asked to fix what the app fixes itself ("600 700 800", "High", "9-17",
 * "europe/warsaw", " Polish" are all fine). So anything that leaves the app must go through
 * normalizeRecipient or toRecipient, never be read raw from the stored row.
 * Duplicates across a list are found by validateRecipients, not here.
 */
export function validateRecipient(
  recipient: StoredRecipientInput,
  context: RecipientValidationContext,
): RecipientIssue[] {
  return collectIssues(recipient, normalizerFor(context.defaultCountry, context.phoneNumbers));
}

function error(
  issues: RecipientIssue[],
  field: string,
  code: RecipientIssueCode,
  message: string,
  params?: RecipientIssueParams,
): void {
  issues.push({ field, code, message, ...(params ? { params } : {}), severity: 'error' });
}

function warning(
  issues: RecipientIssue[],
  field: string,
  code: RecipientIssueCode,
  message: string,
  params?: RecipientIssueParams,
): void {
  issues.push({ field, code, message, ...(params ? { params } : {}), severity: 'warning' });
}

/** validateRecipient with the normaliser already resolved, for validating lists. */
export function collectIssues(
  recipient: StoredRecipientInput,
  phoneNumbers: PhoneNumberNormalizer,
): RecipientIssue[] {
  const issues: RecipientIssue[] = [];

  if (recipient.id.trim() === '') error(issues, 'id', 'id_missing', 'This row has no ID.');

  const phone = phoneNumbers.normalize(recipient.phone_number);
  if (!phone.ok) {
    const value = shownValue(recipient.phone_number.trim());
    error(issues, 'phone_number', phone.code, phone.reason, {
      value,
      ...(phone.country ? { country: phone.country } : {}),
    });
  }

  const preferences = recipient.preferences;
  if (preferences) checkPreferences(issues, preferences, phoneNumbers.defaultCountry);
  const metadata = recipient.metadata;
  if (metadata) checkMetadata(issues, metadata);
  if (recipient.variables) checkVariables(issues, recipient.variables);
  return issues;
}

function checkPreferences(
  issues: RecipientIssue[],
  preferences: NonNullable<StoredRecipientInput['preferences']>,
  country: CountryCode,
): void {
  const language = filled(preferences.language);
  if (language !== undefined && findLanguageCode(language) === undefined) {
    error(
      issues,
      'preferences.language',
      'language_unknown',
      `${quote(language)} is not a language we know. Use a two-letter code such as pl, it or en.`,
      { value: shownValue(language) },
    );
  }

  const timezone = filled(preferences.timezone);
  if (timezone !== undefined) {
    const zone = resolveTimeZone(timezone);
    if (!zone.ok) {
      const message =
        zone.code === 'time_zone_offset'
          ? `${quote(timezone)} is a fixed offset, not a time zone. Use a place such as Europe/Warsaw, so summer time is handled.`
          : zone.suggestion !== undefined
            ? `${quote(timezone)} is not a time zone we know. Did you mean ${zone.suggestion}?`
            : `${quote(timezone)} is not a time zone we know. Use a name such as Europe/Warsaw or Europe/Rome.`;
      error(issues, 'preferences.timezone', zone.code, message, {
        value: shownValue(timezone),
        ...(zone.code === 'time_zone_unknown' && zone.suggestion !== undefined
          ? { suggestion: zone.suggestion }
          : {}),
      });
    }
  }

  const windows = preferences.best_call_times ?? [];
  for (let index = 0; index < windows.length; index++) {
    const text = (windows[index] ?? '').trim();
    // An empty entry says nothing and normalizeRecipient drops it.
    if (text === '') continue;
    const window = readCallWindow(text);
    if (window.ok) continue;
    const field = `preferences.best_call_times.${index}`;
    if (window.code === 'call_window_overnight') {
      error(
        issues,
        field,
        window.code,
        `${quote(text)} ends before it starts. If calls may run past midnight, enter two times: ${window.start}-24:00 and 00:00-${window.end}.`,
        { value: shownValue(text), start: window.start, end: window.end },
      );
    } else if (window.code === 'call_window_empty') {
      error(issues, field, window.code, `${quote(text)} starts and ends at the same time.`, {
        value: shownValue(text),
      });
    } else {
      error(
        issues,
        field,
        window.code,
        `${quote(text)} is not a time range. Write a start and an end time, such as 09:00-17:00.`,
        { value: shownValue(text) },
      );
    }
  }

  const dates = preferences.blackout_dates ?? [];
  for (let index = 0; index < dates.length; index++) {
    const text = (dates[index] ?? '').trim();
    if (text === '') continue;
    const date = readCalendarDate(text, country);
    if (date.ok) continue;
    const field = `preferences.blackout_dates.${index}`;
    if (date.code === 'date_not_in_calendar') {
      error(issues, field, date.code, `${quote(text)} is not a real date.`, {
        value: shownValue(text),
      });
    } else {
      error(
        issues,
        field,
        date.code,
        `${quote(text)} is not a date. Write dates like ${date.example}.`,
        { value: shownValue(text), example: date.example },
      );
    }
  }
}

function checkMetadata(
  issues: RecipientIssue[],
  metadata: NonNullable<StoredRecipientInput['metadata']>,
): void {
  const priority = filled(metadata.priority);
  if (priority !== undefined && readPriority(priority) === undefined) {
    error(
      issues,
      'metadata.priority',
      'priority_unknown',
      `${quote(priority)} is not a priority. Use ${optionList(PRIORITIES)}.`,
      { value: shownValue(priority) },
    );
  }
  const customerType = filled(metadata.customer_type);
  if (customerType !== undefined && readCustomerType(customerType) === undefined) {
    error(
      issues,
      'metadata.customer_type',
      'customer_type_unknown',
      `${quote(customerType)} is not a customer type. Use ${optionList(CUSTOMER_TYPES)}.`,
      { value: shownValue(customerType) },
    );
  }

  const tags = metadata.tags ?? [];
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index] ?? '';
    if (TAG_SEPARATOR.test(tag)) {
      warning(
        issues,
        `metadata.tags.${index}`,
        'tag_separator',
        `The tag ${quote(tag.trim())} contains a comma or semicolon, so a spreadsheet would read it as several tags.`,
        { value: shownValue(tag.trim()) },
      );
    }
  }

  const customFields = metadata.custom_fields;
  if (customFields && !hasOnlyTrimmedNames(customFields)) {
    const { unnamed, clashes } = trimRecord(customFields);
    for (const name of unnamed) {
      error(
        issues,
        `metadata.custom_fields.${name}`,
        'custom_field_name_empty',
        'A custom field has a value but no name.',
      );
    }
    for (const name of clashes) {
      error(
        issues,
        `metadata.custom_fields.${name}`,
        'custom_field_name_clash',
        `There are two custom fields called ${quote(name.trim())}.`,
        { value: shownValue(name.trim()) },
      );
    }
  }
}

function checkVariables(issues: RecipientIssue[], variables: Record<string, string>): void {
  let clashes: readonly string[] = [];
  if (!hasOnlyTrimmedNames(variables)) {
    const trimmed = trimRecord(variables);
    clashes = trimmed.clashes;
    for (const name of trimmed.unnamed) {
      error(
        issues,
        `variables.${name}`,
        'variable_name_empty',
        'An agent variable has a value but no name.',
      );
    }
    for (const name of clashes) {
      error(
        issues,
        `variables.${name}`,
        'variable_name_clash',
        `There are two agent variables called ${quote(name.trim())}.`,
        { value: shownValue(name.trim()) },
      );
    }
  }
  for (const name of Object.keys(variables)) {
    // Checked quickly first: nearly every name is a plain identifier.
    if (VARIABLE_NAME.test(name) && !isSystemVariable(name)) continue;
    const trimmed = name.trim();
    if (trimmed === '' || clashes.includes(name)) continue;
    if (isSystemVariable(trimmed)) {
      error(
        issues,
        `variables.${name}`,
        'variable_name_reserved',
        `${quote(trimmed)} is filled in by ElevenLabs itself; names starting with system__ can't be set.`,
        { value: shownValue(trimmed) },
      );
    } else if (!VARIABLE_NAME.test(trimmed)) {
      warning(
        issues,
        `variables.${name}`,
        'variable_name_unusable',
        `The agent can't use a variable called ${quote(trimmed)}: names may only contain letters, digits and underscores.`,
        { value: shownValue(trimmed) },
      );
    }
  }
}

/** True for the common case, so trimRecord's copying is only paid for rows that need it. */
function hasOnlyTrimmedNames(record: Readonly<Record<string, string>>): boolean {
  for (const name in record) {
    if (name === '' || name.trim() !== name) return false;
  }
  return true;
}
