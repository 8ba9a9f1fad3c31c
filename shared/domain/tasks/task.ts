import { z } from 'zod';
import { DraftContentSchema, DraftProblemSchema } from '../drafts/draft';
import { CountryCodeSchema } from '../recipients/countries';
import { AdvanceModeSchema, TaskRunSchema, TaskRunStateSchema } from './task-run';
import { TaskBindingsSchema } from './task-variables';

export const TASK_NAME_MAX = 120;
export const TaskNameSchema = z
  .string()
  .trim()
  .min(1, 'A task needs a name.')
  .max(TASK_NAME_MAX, `Keep the name under ${TASK_NAME_MAX} characters.`);

export const MAX_PLACES = 100;

/**
 * One place to try. The phone number is kept as typed, like a recipient's, and checked and
 * normalised with the task's default country (see checkPlaces).
 */
export const TaskPlaceSchema = z.object({
  id: z.string().trim().min(1).max(200),
  name: z.string().max(500),
  phone_number: z.string().max(40),
  /** Values for the agent's other placeholders at this place; they win over everything else. */
  variables: z.record(z.string().max(200), z.string().max(20_000)),
});
export type TaskPlace = z.infer<typeof TaskPlaceSchema>;

/** Everything the user edits. Main adds identity, bookkeeping and the history of runs. */
export const TaskContentSchema = z.object({
  name: TaskNameSchema,
  /** What the agent should get done, e.g. "Book a haircut for tomorrow at 18:00". */
  notes: z.string().max(20_000),
  agent: DraftContentSchema.shape.agent,
  phoneNumber: DraftContentSchema.shape.phoneNumber,
  /** Phone numbers typed without a country code are read as numbers of this country. */
  defaultCountry: CountryCodeSchema,
  /** Called in this order until one succeeds. */
  places: z.array(TaskPlaceSchema).max(MAX_PLACES),
  advance: AdvanceModeSchema,
  /** Which agent variables carry the notes and the place name, where the user chose. */
  bindings: TaskBindingsSchema,
});
export type TaskContent = z.infer<typeof TaskContentSchema>;

// Bookkeeping comes last: a task file ends with it, which is how a short write is noticed.
export const CallTaskSchema = TaskContentSchema.extend({
  id: z.string(),
  /** Oldest first; only the last one can still be going. */
  runs: z.array(TaskRunSchema),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Increases with every edit (not with a run's progress); older edits are refused. */
  revision: z.number().int().nonnegative(),
});
export type CallTask = z.infer<typeof CallTaskSchema>;

export const TaskRunSummarySchema = z.object({
  state: TaskRunStateSchema,
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
  calls: z.number().int().nonnegative(),
  /** The place that said yes, when one did. */
  succeededAt: z.string().nullable(),
});
export type TaskRunSummary = z.infer<typeof TaskRunSummarySchema>;

export const TaskSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.number().int(),
  placeCount: z.number().int().nonnegative(),
  agentName: z.string().nullable(),
  lastRun: TaskRunSummarySchema.nullable(),
});
export type TaskSummary = z.infer<typeof TaskSummarySchema>;

/** A task file that could not be read, moved aside so nothing overwrites it (as for drafts). */
export const TaskProblemSchema = DraftProblemSchema;
export type TaskProblem = z.infer<typeof TaskProblemSchema>;
