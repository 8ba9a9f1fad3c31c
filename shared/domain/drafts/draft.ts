import { z } from 'zod';
import { CountryCodeSchema } from '../recipients/countries';
import { VariableBindingsSchema } from '../launch/recipient-values';
import { StoredRecipientSchema } from '../recipients/recipient-schema';
import { MAX_SAVED_COLUMNS, MappedColumnSchema } from '../spreadsheet/column-targets';

export const DRAFT_NAME_MAX = 120;
export const DraftNameSchema = z
  .string()
  .trim()
  .min(1, 'A campaign needs a name.')
  .max(DRAFT_NAME_MAX, `Keep the name under ${DRAFT_NAME_MAX} characters.`);

/**
 * When the campaign should run. `windows` lets Callsheet split it into several scheduled batches
 * so everyone is called inside their own calling hours.
 */
export const DraftScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),
  z.object({
    kind: z.literal('at'),
    /** Local wall-clock time in `timezone`, e.g. 2026-12-01T09:30. */
    localDateTime: z.string().max(40),
    timezone: z.string().max(100),
  }),
  z.object({
    kind: z.literal('windows'),
    timezone: z.string().max(100),
    callingHours: z.array(z.string().max(40)).max(24),
    /** 1 = Monday … 7 = Sunday. */
    allowedWeekdays: z.array(z.number().int().min(1).max(7)).max(7),
    blackoutDates: z.array(z.string().max(20)).max(1000),
  }),
]);
export type DraftSchedule = z.infer<typeof DraftScheduleSchema>;

export const LaunchRecordSchema = z.object({
  launchedAt: z.number().int(),
  batchIds: z.array(z.string()),
});
export type LaunchRecord = z.infer<typeof LaunchRecordSchema>;

export const DRAFT_MAX_RECIPIENTS = 500_000;

/** Everything the user edits. Main adds identity and bookkeeping (see CampaignDraft). */
export const DraftContentSchema = z.object({
  name: DraftNameSchema,
  agent: z.object({ id: z.string().max(200), name: z.string().max(500) }).nullable(),
  phoneNumber: z
    .object({ id: z.string().max(200), label: z.string().max(500), number: z.string().max(40) })
    .nullable(),
  /** Phone numbers typed without a country code are read as numbers of this country. */
  defaultCountry: CountryCodeSchema,
  /** Values shared by every recipient; a recipient's own value wins. */
  variables: z.record(z.string().max(200), z.string().max(20_000)),
  schedule: DraftScheduleSchema,
  /** Which recipient field fills each agent variable (e.g. customer_name ← contact_info.name). */
  bindings: VariableBindingsSchema.default({}),
  /**
   * The spreadsheet columns the recipients were imported from, headed as in the person's files,
   * so an export gives them back under the same headings (see rememberImportedColumns).
   */
  spreadsheetColumns: z.array(MappedColumnSchema).max(MAX_SAVED_COLUMNS).default([]),
  recipients: z.array(StoredRecipientSchema).max(DRAFT_MAX_RECIPIENTS),
});
export type DraftContent = z.infer<typeof DraftContentSchema>;

/** Everything but the recipients, which a big draft's autosave sends apart, in pieces. */
export const DraftSettingsSchema = DraftContentSchema.omit({ recipients: true });
export type DraftSettings = z.infer<typeof DraftSettingsSchema>;

export const CampaignDraftSchema = DraftContentSchema.extend({
  id: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Increases with every save; a save based on an older revision is refused, not merged. */
  revision: z.number().int().nonnegative(),
  /** Set once the campaign was submitted: the draft is then read-only. */
  launch: LaunchRecordSchema.nullable(),
});
export type CampaignDraft = z.infer<typeof CampaignDraftSchema>;

export const DraftSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.number().int(),
  recipientCount: z.number().int().nonnegative(),
  agentName: z.string().nullable(),
  launched: z.boolean(),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

/** A draft file that could not be read, moved aside so nothing overwrites it. */
export const DraftProblemSchema = z.object({
  file: z.string(),
  movedTo: z.string(),
  message: z.string(),
});
export type DraftProblem = z.infer<typeof DraftProblemSchema>;
