import type { CountryCode } from './countries';
import type { PhoneNumberProblem } from './phone-numbers';

export type RecipientIssueCode =
  | PhoneNumberProblem
  | 'duplicate_phone_number'
  | 'id_missing'
  | 'duplicate_id'
  | 'language_unknown'
  | 'time_zone_offset'
  | 'time_zone_unknown'
  | 'call_window_format'
  | 'call_window_overnight'
  | 'call_window_empty'
  | 'date_format'
  | 'date_not_in_calendar'
  | 'priority_unknown'
  | 'customer_type_unknown'
  | 'tag_separator'
  | 'custom_field_name_empty'
  | 'custom_field_name_clash'
  | 'variable_name_empty'
  | 'variable_name_clash'
  | 'variable_name_reserved'
  | 'variable_name_unusable'
  /** A value the checks above missed but the final schema refused; should not happen. */
  | 'invalid_value';

/** The variable parts of an issue's message, so the UI can word it in its own language. */
export interface RecipientIssueParams {
  /** The value as written (long values cut to 40 characters). */
  value?: string;
  /** The country a phone number was read for, when the message names one. */
  country?: CountryCode;
  /** time_zone_unknown: the time zone the value most likely meant. */
  suggestion?: string;
  /** date_format: 24 December 2025 written the way the campaign country writes dates. */
  example?: string;
  /** call_window_overnight: the window's start and end, to say how to split it. */
  start?: string;
  end?: string;
  /** duplicate_phone_number: how many other recipients have the number… */
  others?: number;
  /** …and the name of the first of them, when it has one. */
  otherName?: string;
}

/** A value as an issue quotes it: long ones cut, so a pasted paragraph stays readable. */
export function shownValue(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
}

export interface RecipientIssue {
  /** Path of the value: 'phone_number', 'preferences.timezone', 'preferences.best_call_times.1'. */
  field: string;
  code: RecipientIssueCode;
  /** Plain English for the person running the campaign, logs and exports. */
  message: string;
  params?: RecipientIssueParams;
  /**
   * 'error': this recipient cannot be called until it is fixed. 'warning': it can be, but
   * something looks wrong (the same number twice, a variable the agent can never use).
   */
  severity: 'error' | 'warning';
}
