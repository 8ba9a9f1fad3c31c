import { z } from 'zod';
import { CallTaskSchema, type CallTask } from '../../../../shared/domain/tasks';

/** Bumped when the layout of a task file changes, so an older file can be migrated. */
export const TASK_FILE_FORMAT = 1;

/** What one `<id>.json` file in the tasks folder holds. */
export interface TaskFileData {
  format: typeof TASK_FILE_FORMAT;
  task: CallTask;
}

export const TaskFileSchema = z.object({
  format: z.literal(TASK_FILE_FORMAT),
  task: CallTaskSchema,
});
