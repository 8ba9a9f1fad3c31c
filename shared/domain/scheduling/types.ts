/** One person as the planner sees them; every preference is optional. */
export interface PlanRecipient {
  id: string;
  /** IANA name, e.g. `Europe/Warsaw`. Missing or blank means the campaign time zone. */
  timezone?: string;
  /** Local calling hours as `HH:MM-HH:MM`. Missing or empty means the campaign hours. */
  bestCallTimes?: string[];
  /** Local dates (`YYYY-MM-DD`) on which this person must not be called. */
  blackoutDates?: string[];
}

export interface CampaignCallingDefaults {
  timezone: string;
  /** `HH:MM-HH:MM` windows; empty means any time of an allowed day. */
  callingHours: string[];
  /** Luxon weekday numbers, 1 = Monday … 7 = Sunday. */
  allowedWeekdays: number[];
  /** Local dates (`YYYY-MM-DD`) on which nobody is called, read in each person's own calendar. */
  blackoutDates: string[];
}

export interface PlanInput {
  recipients: PlanRecipient[];
  defaults: CampaignCallingDefaults;
  /** Unix milliseconds. */
  now: number;
  /** Simultaneous calls per batch (`target_concurrency_limit`). */
  concurrency: number;
  averageCallSeconds: number;
  /** How far ahead to look for calling windows; 14 when omitted. */
  horizonDays?: number;
}

/**
 * One ElevenLabs batch submit: `scheduled_time_unix = startUnixSeconds`, `timezone = timezone`,
 * `recipients = recipientIds`. ElevenLabs does not stop a batch at `windowEndUnixSeconds`; the
 * planner only sizes the batch so that it is expected to finish by then.
 */
export interface PlannedBatch {
  /** Stable across re-plans: time zone, local date and window, e.g. `Europe/Warsaw|2026-03-30|09:00-12:00`. */
  key: string;
  timezone: string;
  startUnixSeconds: number;
  windowEndUnixSeconds: number;
  /** Start in the batch's time zone, ISO 8601 with offset, for display. */
  localStart: string;
  /** The local calling window this batch runs in, e.g. `09:00-12:00`. */
  localWindow: string;
  recipientIds: string[];
  expectedDurationSeconds: number;
}

export type UnschedulableCode =
  | 'invalid-time-zone'
  | 'unreadable-calling-hours'
  | 'no-calling-days'
  | 'no-calling-time'
  | 'window-too-short'
  | 'over-capacity';

/** The variable parts of a planner sentence, so the UI can say it in its own language. */
export interface PlanMessageParams {
  /** The text that could not be used: a time zone, calling hours, a date, a weekday. */
  text?: string;
  timezone?: string;
  /** Time zones of batches that overlap. */
  timezones?: string[];
  /** Start of the window or batches concerned. */
  startUnixSeconds?: number;
  /** The local window concerned, e.g. `09:00-12:00`. */
  window?: string;
  concurrency?: number;
  averageCallSeconds?: number;
  horizonDays?: number;
  /** People moved to later windows. */
  moved?: number;
  /** People who fit no window. */
  left?: number;
}

export interface UnschedulableRecipient {
  recipientId: string;
  code: UnschedulableCode;
  /** Plain sentence for the user. */
  reason: string;
  params?: PlanMessageParams;
}

export type PlanWarningCode =
  | 'invalid-calling-hours'
  | 'invalid-blackout-date'
  | 'invalid-weekday'
  | 'invalid-time-zone'
  | 'no-calling-days'
  | 'duplicate-recipient'
  | 'capacity-overflow'
  | 'overlapping-batches';

export interface PlanWarning {
  code: PlanWarningCode;
  /** Plain sentence for the user. */
  message: string;
  /** People the warning is about; empty when it is about the campaign settings. */
  recipientIds: string[];
  /** Batches the warning is about (`PlannedBatch.key`). */
  batchKeys: string[];
  params?: PlanMessageParams;
}

export interface LaunchPlan {
  batches: PlannedBatch[];
  unschedulable: UnschedulableRecipient[];
  warnings: PlanWarning[];
}

export interface LaunchEstimateInput {
  calls: number;
  concurrency: number;
  averageCallSeconds: number;
  /** Price of one call minute; the estimate has no cost when omitted. */
  costPerMinute?: number;
}

export interface LaunchEstimate {
  calls: number;
  /** Wall-clock time to get through every call, in full rounds of `concurrency` calls. */
  expectedDurationSeconds: number;
  /** Sum of all call lengths, which is what gets billed. */
  totalCallMinutes: number;
  expectedCost?: number;
}

export interface BatchSummary {
  key: string;
  timezone: string;
  localStart: string;
  localWindow: string;
  people: number;
}

export interface BatchStart {
  unixSeconds: number;
  timezone: string;
  localStart: string;
}

export interface PlanSummary {
  batchCount: number;
  scheduledPeople: number;
  unschedulablePeople: number;
  warningCount: number;
  peoplePerBatch: BatchSummary[];
  firstStart: BatchStart | null;
  lastStart: BatchStart | null;
  /** When the last batch is expected to finish, or null without batches. */
  expectedFinishUnixSeconds: number | null;
}
