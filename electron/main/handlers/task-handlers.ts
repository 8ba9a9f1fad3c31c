import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';

export function taskHandlers(
  services: MainServices,
): Pick<
  Handlers,
  | 'listTasks'
  | 'createTask'
  | 'getTask'
  | 'saveTask'
  | 'duplicateTask'
  | 'deleteTask'
  | 'restoreTask'
  | 'runTask'
  | 'continueTask'
  | 'stopTask'
> {
  const { tasks, taskRuns } = services;
  return {
    listTasks: async () => tasks.list(),
    createTask: async ({ name }) => tasks.create(name),
    getTask: async ({ id }) => tasks.get(id),
    saveTask: async ({ id, baseRevision, content }) => tasks.save(id, baseRevision, content),
    duplicateTask: async ({ id, copySuffix }) => tasks.duplicate(id, copySuffix),
    deleteTask: async ({ id }) => tasks.moveToBin(id),
    restoreTask: async ({ id }) => tasks.restore(id),
    runTask: ({ taskId }) => taskRuns.run(taskId),
    continueTask: ({ taskId }) => taskRuns.continue(taskId),
    stopTask: ({ taskId }) => taskRuns.stop(taskId),
  };
}
