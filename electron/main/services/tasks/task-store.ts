import {
  isRunActive,
  TaskContentSchema,
  type CallTask,
  type TaskContent,
  type TaskProblem,
  type TaskRun,
  type TaskSummary,
} from '../../../../shared/domain/tasks';
import type { SavedRevision } from '../drafts/draft-store';
import { staleRevision } from '../records/record-errors';
import { createRecordStore, type RecordStoreOptions } from '../records/record-store';
import { runningTaskCannotBeDeleted } from './task-errors';
import { TASK_FILE_FORMAT, TaskFileSchema, type TaskFileData } from './task-file-format';
import { latestRun, newTaskContent, summarizeTask, TASK, taskCopyName } from './task-records';

/** `directory` is `<dataDir>/tasks`: one file per task, with its history. */
export type TaskStoreOptions = RecordStoreOptions;

/**
 * Call tasks, one file each, kept like campaign drafts (atomic writes, damaged files set aside
 * and reported, a bin for undoing deletes). A task's file also holds its runs, so every attempt
 * is on disk as soon as it is recorded and readable offline.
 */
export interface TaskStore {
  /** Newest first, and the files found unreadable, each moved aside. */
  list(): { tasks: TaskSummary[]; problems: TaskProblem[] };
  create(name?: string): CallTask;
  get(id: string): CallTask;
  /** Autosave. Refused when `baseRevision` is not the latest one; the runs are kept as they are. */
  save(id: string, baseRevision: number, content: TaskContent): SavedRevision;
  /**
   * A copy of what the user edits, without the history; its name ends with `copySuffix`, as
   * the UI's language writes it (see copyName).
   */
  duplicate(id: string, copySuffix: string): TaskSummary;
  /** Refused while the task runs; `restore` brings it back until the bin is emptied. */
  moveToBin(id: string): TaskSummary;
  restore(id: string): TaskSummary;
  /** Adds a run or replaces the one with its id. Progress is not an edit: the revision stays. */
  recordRun(id: string, run: TaskRun): void;
}

export function createTaskStore(options: TaskStoreOptions): TaskStore {
  const records = createRecordStore<CallTask, TaskFileData>(options, {
    noun: TASK,
    fileSchema: TaskFileSchema,
    toFile: (task) => ({ format: TASK_FILE_FORMAT, task }),
    fromFile: (file) => file.task,
  });
  const { now, newId } = records;

  // Tasks are small, so each is read whole when needed rather than summarised in memory.
  const load = (id: string): CallTask => records.get(id).record;

  const write = (task: CallTask): CallTask => {
    records.write(task.id, task);
    return task;
  };

  /** Content first, bookkeeping last, in the schema's order (see CallTaskSchema). */
  const compose = (
    content: TaskContent,
    bookkeeping: Pick<CallTask, 'id' | 'runs' | 'createdAt' | 'updatedAt' | 'revision'>,
  ): CallTask => ({ ...TaskContentSchema.parse(content), ...bookkeeping });

  return {
    list() {
      const tasks = records.list((id) => {
        const loaded = records.load(id);
        return loaded.kind === 'ok' ? summarizeTask(loaded.record) : undefined;
      });
      return { tasks, problems: records.problems() };
    },

    create(name) {
      const at = now();
      return write(
        compose(newTaskContent(name), {
          id: newId(),
          runs: [],
          createdAt: at,
          updatedAt: at,
          revision: 0,
        }),
      );
    },

    get: load,

    save(id, baseRevision, content) {
      const task = load(id);
      if (baseRevision !== task.revision) throw staleRevision(TASK);
      const saved = write(
        compose(content, {
          id,
          runs: task.runs,
          createdAt: task.createdAt,
          updatedAt: now(),
          revision: task.revision + 1,
        }),
      );
      return { revision: saved.revision, updatedAt: saved.updatedAt };
    },

    duplicate(id, copySuffix) {
      const task = load(id);
      const at = now();
      return summarizeTask(
        write(
          compose(
            { ...task, name: taskCopyName(task.name, copySuffix) },
            { id: newId(), runs: [], createdAt: at, updatedAt: at, revision: 0 },
          ),
        ),
      );
    },

    moveToBin(id) {
      const task = load(id);
      const run = latestRun(task);
      if (run && isRunActive(run)) throw runningTaskCannotBeDeleted();
      records.moveToBin(id);
      return summarizeTask(task);
    },

    restore(id) {
      records.restore(id);
      return summarizeTask(load(id));
    },

    recordRun(id, run) {
      const task = load(id);
      const index = task.runs.findIndex((recorded) => recorded.id === run.id);
      write({ ...task, runs: index === -1 ? [...task.runs, run] : task.runs.with(index, run) });
    },
  };
}
