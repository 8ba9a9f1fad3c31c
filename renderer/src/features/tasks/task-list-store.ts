import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract';
import type { TaskProblem, TaskRun, TaskSummary } from '../../../../shared/domain/tasks';
import { request, toAppError } from '../../api/callsheet';
import { i18next } from '../../i18n/i18n';
import { showToast } from '../../ui/toast-store';
import { whenEditorsSaved } from '../campaigns/editor/autosave';
import { taskContentOf } from './task-content';
import { summarizeRun } from './task-format';

interface TaskListState {
  /** Newest edit first; null until the first load. */
  tasks: TaskSummary[] | null;
  problems: TaskProblem[];
  error: AppErrorShape | null;
  creating: boolean;
  load: () => Promise<void>;
  create: () => Promise<string | null>;
  /** Resolves to the problem to show next to the name field, or null when renamed. */
  rename: (id: string, name: string) => Promise<AppErrorShape | null>;
  duplicate: (id: string) => Promise<void>;
  remove: (task: TaskSummary) => Promise<void>;
  /** A run changed while the list is on screen. */
  receiveRun: (taskId: string, run: TaskRun) => void;
}

const newestFirst = (tasks: TaskSummary[]) => [...tasks].sort((a, b) => b.updatedAt - a.updatedAt);

function replaced(tasks: TaskSummary[] | null, summary: TaskSummary): TaskSummary[] {
  return newestFirst([...(tasks ?? []).filter((task) => task.id !== summary.id), summary]);
}

export const useTaskList = create<TaskListState>((set, get) => ({
  tasks: null,
  problems: [],
  error: null,
  creating: false,
  load: async () => {
    // An editor that just closed may still be saving; list what it saved.
    await whenEditorsSaved();
    try {
      const { tasks, problems } = await request('listTasks', {});
      set({ tasks: newestFirst(tasks), problems, error: null });
    } catch (error) {
      set({ error: toAppError(error) });
    }
  },
  create: async () => {
    set({ creating: true, error: null });
    try {
      const task = await request('createTask', {});
      return task.id;
    } catch (error) {
      set({ error: toAppError(error) });
      return null;
    } finally {
      set({ creating: false });
    }
  },
  rename: async (id, name) => {
    // There is no rename of its own: the name is saved with the rest, as the editor would.
    try {
      const task = await request('getTask', { id });
      const saved = await request('saveTask', {
        id,
        baseRevision: task.revision,
        content: { ...taskContentOf(task), name },
      });
      const summary = get().tasks?.find((other) => other.id === id);
      if (summary) {
        set((state) => ({
          tasks: replaced(state.tasks, {
            ...summary,
            name: name.trim(),
            updatedAt: saved.updatedAt,
          }),
        }));
      }
      return null;
    } catch (error) {
      return toAppError(error);
    }
  },
  duplicate: async (id) => {
    try {
      const summary = await request('duplicateTask', { id });
      set((state) => ({ tasks: replaced(state.tasks, summary), error: null }));
      showToast(i18next.t('tasks:list.copied', { name: summary.name }));
    } catch (error) {
      set({ error: toAppError(error) });
    }
  },
  remove: async (task) => {
    try {
      await request('deleteTask', { id: task.id });
    } catch (error) {
      set({ error: toAppError(error) });
      return;
    }
    set((state) => ({ tasks: (state.tasks ?? []).filter((other) => other.id !== task.id) }));
    showToast(i18next.t('tasks:list.deleted', { name: task.name }), {
      label: i18next.t('common:actions.undo'),
      run: () => {
        request('restoreTask', { id: task.id })
          .then((summary) => set((state) => ({ tasks: replaced(state.tasks, summary) })))
          .catch((error: unknown) => set({ error: toAppError(error) }));
      },
    });
  },
  receiveRun: (taskId, run) =>
    set((state) => ({
      tasks:
        state.tasks?.map((task) =>
          task.id === taskId ? { ...task, lastRun: summarizeRun(run) } : task,
        ) ?? null,
    })),
}));
