import type { TaskProblem, TaskRun, TaskSummary } from '../../../../shared/domain/tasks';
import { request } from '../../api/callsheet';
import { i18next } from '../../i18n/i18n';
import { copySuffix } from '../../ui/record-list/copy-suffix';
import { createRecordListStore } from '../../ui/record-list/create-record-list-store';
import { whenEditorsSaved } from '../campaigns/editor/autosave';
import { taskContentOf } from './task-content';
import { summarizeRun } from './task-format';

export const useTaskList = createRecordListStore<TaskSummary, TaskProblem>({
  list: async () => {
    // An editor that just closed may still be saving; list what it saved.
    await whenEditorsSaved();
    const { tasks, problems } = await request('listTasks', {});
    return { records: tasks, problems };
  },
  create: () => request('createTask', { name: i18next.t('tasks:list.untitled') }),
  rename: async (id, name) => {
    // There is no rename of its own: the name is saved with the rest, as the editor would.
    const task = await request('getTask', { id });
    const saved = await request('saveTask', {
      id,
      baseRevision: task.revision,
      content: { ...taskContentOf(task), name },
    });
    return { name: name.trim(), updatedAt: saved.updatedAt };
  },
  duplicate: (id) => request('duplicateTask', { id, copySuffix: copySuffix() }),
  remove: (id) => request('deleteTask', { id }),
  restore: (id) => request('restoreTask', { id }),
  copiedText: (name) => i18next.t('tasks:list.copied', { name }),
  deletedText: (name) => i18next.t('tasks:list.deleted', { name }),
});

/** A run changed while the list is on screen. */
export function receiveRun(taskId: string, run: TaskRun): void {
  useTaskList.setState((state) => ({
    records:
      state.records?.map((task) =>
        task.id === taskId ? { ...task, lastRun: summarizeRun(run) } : task,
      ) ?? null,
  }));
}
