import { z } from 'zod';
import { parseCalendarDate } from './calendar-dates';
import { parseCallWindow } from './call-windows';
import { LanguageCodeSchema } from './languages';
import { isE164PhoneNumber } from './phone-numbers';
import { isValidTimeZone } from './time-zones';

export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

export const CUSTOMER_TYPES = ['prospect', 'customer', 'vip', 'partner'] as const;
export const CustomerTypeSchema = z.enum(CUSTOMER_TYPES);
export type CustomerType = z.infer<typeof CustomerTypeSchema>;

// ---------------------------------------------------------------------------------------------
// Stored shape: what the editor, import and drafts keep. Every value is a string exactly as
// typed, so a row with problems is never refused or altered; validateRecipient reports them.
// Missing groups and lists default to empty so readers never have to check for them.
// ---------------------------------------------------------------------------------------------

export const StoredContactInfoSchema = z.object({
  name: z.string().optional(),
  company: z.string().optional(),
  title: z.string().optional(),
  department: z.string().optional(),
});

export const StoredPreferencesSchema = z.object({
  language: z.string().optional(),
  timezone: z.string().optional(),
  best_call_times: z.array(z.string()).default([]),
  blackout_dates: z.array(z.string()).default([]),
});

export const StoredMetadataSchema = z.object({
  priority: z.string().optional(),
  customer_type: z.string().optional(),
  tags: z.array(z.string()).default([]),
  custom_fields: z.record(z.string(), z.string()).default({}),
});

export const StoredRecipientSchema = z.object({
  id: z.string(),
  phone_number: z.string(),
  contact_info: StoredContactInfoSchema.default({}),
  preferences: StoredPreferencesSchema.default({ best_call_times: [], blackout_dates: [] }),
  metadata: StoredMetadataSchema.default({ tags: [], custom_fields: {} }),
  variables: z.record(z.string(), z.string()).default({}),
});

/** A recipient as stored: complete in shape, possibly invalid in content. */
export type StoredRecipient = z.output<typeof StoredRecipientSchema>;
/** Anything that parses into a StoredRecipient; the validators accept this looser shape. */
export type StoredRecipientInput = z.input<typeof StoredRecipientSchema>;

// ---------------------------------------------------------------------------------------------
// Valid shape: what may be sent to ElevenLabs. Produce it with toRecipient (normalise, then
// validate); parsing stored data with this schema directly refuses untrimmed or raw values.
// ---------------------------------------------------------------------------------------------

const trimmedText = z.string().refine((value) => value === value.trim() && value !== '', {
  message: 'Must be non-empty text without surrounding spaces',
});

export const E164PhoneNumberSchema = z
  .string()
  .refine(isE164PhoneNumber, { message: 'Must be a valid phone number in E.164 form' });

export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Must be an IANA time zone such as Europe/Warsaw' });

export const CallWindowTextSchema = z
  .string()
  .refine((value) => parseCallWindow(value) !== undefined, {
    message: 'Must be a window such as 09:00-17:00',
  });

export const CalendarDateTextSchema = z
  .string()
  .refine((value) => parseCalendarDate(value) !== undefined, {
    message: 'Must be a date such as 2025-12-24',
  });

export const RecipientSchema = z.object({
  id: z.string().min(1),
  phone_number: E164PhoneNumberSchema,
  contact_info: z.object({
    name: z.string().optional(),
    company: z.string().optional(),
    title: z.string().optional(),
    department: z.string().optional(),
  }),
  preferences: z.object({
    language: LanguageCodeSchema.optional(),
    timezone: TimeZoneSchema.optional(),
    best_call_times: z.array(CallWindowTextSchema),
    blackout_dates: z.array(CalendarDateTextSchema),
  }),
  metadata: z.object({
    priority: PrioritySchema.optional(),
    customer_type: CustomerTypeSchema.optional(),
    tags: z.array(trimmedText),
    custom_fields: z.record(trimmedText, z.string()),
  }),
  /** Values for the agent's dynamic variables, keyed by the names the agent uses. */
  variables: z.record(trimmedText, z.string()),
});

export type Recipient = z.infer<typeof RecipientSchema>;

/** A blank row for the editor. */
export function createEmptyRecipient(id: string, phoneNumber = ''): StoredRecipient {
  return {
    id,
    phone_number: phoneNumber,
    contact_info: {},
    preferences: { best_call_times: [], blackout_dates: [] },
    metadata: { tags: [], custom_fields: {} },
    variables: {},
  };
}
