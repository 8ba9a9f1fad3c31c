import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallTask, TaskContent, TaskRun } from '../../../../../shared/domain/tasks';
import type { SaveStatus } from '../../campaigns/editor/autosave';
import { taskContentOf } from '../task-content';

export interface TaskState {
  id: string;
  /** What the user edits; every change is autosaved. */
  content: TaskContent;
  /** Oldest first, as main records them; the last one may still be going. */
  runs: TaskRun[];
  save: SaveStatus;
  update: (patch: Partial<TaskContent>) => void;
  /** A run as main last recorded it: a new one, or a newer state of one already here. */
  receiveRun: (run: TaskRun) => void;
}

export type TaskStore = StoreApi<TaskState>;

export function createTaskStore(task: CallTask): TaskStore {
  return createStore<TaskState>()((set) => ({
    id: task.id,
    content: taskContentOf(task),
    runs: task.runs,
    save: { kind: 'saved', at: task.updatedAt },
    update: (patch) => set((state) => ({ content: { ...state.content, ...patch } })),
    receiveRun: (run) =>
      set((state) => {
        const index = state.runs.findIndex((known) => known.id === run.id);
        return { runs: index === -1 ? [...state.runs, run] : state.runs.with(index, run) };
      }),
  }));
}
