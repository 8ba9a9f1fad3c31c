import { z } from 'zod';
import { AppErrorSchema } from '../../contract/app-error';
import { ConversationStatusSchema, TranscriptTurnSchema } from '../calls/conversation';
import { DraftContentSchema } from '../drafts/draft';

/** After a place that did not succeed: call the next one at once, or wait for the user's go. */
export const AdvanceModeSchema = z.enum(['automatic', 'confirm']);
export type AdvanceMode = z.infer<typeof AdvanceModeSchema>;

/**
 * `running`: a call is being placed or followed (or the next one is about to be).
 * `awaiting_confirmation`: a place did not succeed and the user decides whether to go on.
 * The others are final: a place succeeded, every place was tried, the user stopped it (or the
 * app was closed), or an error stopped it.
 */
export const TaskRunStateSchema = z.enum([
  'running',
  'awaiting_confirmation',
  'succeeded',
  'exhausted',
  'stopped',
  'error',
]);
export type TaskRunState = z.infer<typeof TaskRunStateSchema>;

/**
 * Where one call got to: `placing` until ElevenLabs answers the request, `not_placed` when it
 * refused it, then the conversation's own status.
 */
export const AttemptStatusSchema = z.enum([
  'placing',
  'not_placed',
  ...ConversationStatusSchema.options,
]);
export type AttemptStatus = z.infer<typeof AttemptStatusSchema>;

/** The analysis verdict (`call_successful`), or `error` when the call could not be followed. */
export const AttemptOutcomeSchema = z.enum(['success', 'failure', 'unknown', 'error']);
export type AttemptOutcome = z.infer<typeof AttemptOutcomeSchema>;

/** One call to one place, kept with what it said so it can be read offline. */
export const TaskAttemptSchema = z.object({
  placeId: z.string(),
  placeName: z.string(),
  /** The number dialled, in E.164. */
  phoneNumber: z.string(),
  conversationId: z.string().nullable(),
  status: AttemptStatusSchema,
  /** Null until the conversation is over, and for good when the run stopped before that. */
  outcome: AttemptOutcomeSchema.nullable(),
  summary: z.string().nullable(),
  transcript: z.array(TranscriptTurnSchema),
  /** Data collection results by field id, values as text. */
  dataCollection: z.record(z.string(), z.string()),
  durationSeconds: z.number().nullable(),
  /** Why the call could not be placed or followed, in plain words. */
  errorMessage: z.string().nullable(),
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
});
export type TaskAttempt = z.infer<typeof TaskAttemptSchema>;

/** A place as the run calls it; later edits to the task do not change a run's history. */
export const RunPlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** E.164. */
  phoneNumber: z.string(),
});
export type RunPlace = z.infer<typeof RunPlaceSchema>;

/** One go at a task: the places in order, and a call to each until one succeeds. */
export const TaskRunSchema = z.object({
  id: z.string(),
  state: TaskRunStateSchema,
  advance: AdvanceModeSchema,
  agent: DraftContentSchema.shape.agent.unwrap(),
  phoneNumber: DraftContentSchema.shape.phoneNumber.unwrap(),
  places: z.array(RunPlaceSchema),
  /** In the order they were made; attempt n calls places[n]. */
  attempts: z.array(TaskAttemptSchema),
  /** What stopped the run when it was an error. */
  error: AppErrorSchema.nullable(),
  /** Anything else the user should know about how the run ended. */
  note: z.string().nullable(),
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
});
export type TaskRun = z.infer<typeof TaskRunSchema>;

/** Pushed whenever a run changes, so the renderer can follow it live. */
export const TaskRunUpdateSchema = z.object({
  taskId: z.string(),
  run: TaskRunSchema,
});
export type TaskRunUpdate = z.infer<typeof TaskRunUpdateSchema>;
