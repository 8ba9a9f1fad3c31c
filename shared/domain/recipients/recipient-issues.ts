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

export interface RecipientIssue {
  /** Path of the value: 'phone_number', 'preferences.timezone', 'preferences.best_call_times.1'. */
  field: string;
  code: RecipientIssueCode;
  /** Plain English for the person running the campaign. */
  message: string;
  /**
   * 'error': this recipient cannot be called until it is fixed. 'warning': it can be, but
   * something looks wrong (the same number twice, a variable the agent can never use).
   */
  severity: 'error' | 'warning';
}
