import { z } from 'zod';
import {
  CallTaskSchema,
  TaskContentSchema,
  TaskNameSchema,
  TaskProblemSchema,
  TaskRunSchema,
  TaskSummarySchema,
} from '../../domain/tasks';
import { channel } from '../define';
import { CopySuffixSchema, Id, NoInput } from './common';

const TaskIdInput = z.strictObject({ taskId: Id });

export const taskChannels = {
  listTasks: channel(
    NoInput,
    z.object({ tasks: z.array(TaskSummarySchema), problems: z.array(TaskProblemSchema) }),
  ),
  createTask: channel(z.strictObject({ name: TaskNameSchema.optional() }), CallTaskSchema),
  getTask: channel(z.strictObject({ id: Id }), CallTaskSchema),
  /** Autosave: the whole content, based on the revision the editor last saw. */
  saveTask: channel(
    z.strictObject({
      id: Id,
      baseRevision: z.number().int().nonnegative(),
      content: TaskContentSchema,
    }),
    z.object({ revision: z.number().int(), updatedAt: z.number().int() }),
  ),
  /**
   * A copy without the history of runs, named the task's name with `copySuffix`, as the UI's
   * language writes it.
   */
  duplicateTask: channel(
    z.strictObject({ id: Id, copySuffix: CopySuffixSchema }),
    TaskSummarySchema,
  ),
  /** Moves the task to the bin, from where restoreTask brings it back (undo). */
  deleteTask: channel(z.strictObject({ id: Id }), TaskSummarySchema),
  restoreTask: channel(z.strictObject({ id: Id }), TaskSummarySchema),
  /** Starts calling the places in turn; progress arrives as taskUpdated events. */
  runTask: channel(TaskIdInput, TaskRunSchema),
  /** The user's go to call the next place, when the task waits for it. */
  continueTask: channel(TaskIdInput, TaskRunSchema),
  /** Stops placing and following calls; resolves once the run has stopped. */
  stopTask: channel(TaskIdInput, TaskRunSchema),
};
