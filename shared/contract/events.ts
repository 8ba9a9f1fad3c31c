import { BatchUpdateSchema } from '../domain/results';
import { TaskRunUpdateSchema } from '../domain/tasks';
import { WorkspaceStatusSchema } from '../domain/workspace';
import { event } from './define';

/** Every message main pushes to the renderer, declared once like the request channels. */
export const events = {
  workspaceChanged: event(WorkspaceStatusSchema),
  /** A batch on screen or still running changed (see BatchUpdate for what it carries). */
  batchUpdated: event(BatchUpdateSchema),
  /** A task's run changed: a call placed, followed, ended, or the run stopped. */
  taskUpdated: event(TaskRunUpdateSchema),
};
