import type { TaskRun } from '../../../../../shared/domain/tasks';
import { request, subscribe } from '../../../api/callsheet';
import { createAutosave, flushOnClose } from '../../campaigns/editor/autosave';
import { createTaskStore, type TaskStore } from './task-store';

/** One open task: its content and runs, the autosave that keeps edits on disk, its live runs. */
export interface TaskSession {
  store: TaskStore;
  /** Saves pending edits now, so what runs is what the user sees. */
  flush(): Promise<void>;
  close(): void;
}

/**
 * Reads the task and follows its runs. Updates are listened for before the task is read, and
 * those that arrive meanwhile are applied on top in order, so none falls in between.
 */
export async function openTaskSession(id: string): Promise<TaskSession> {
  const early: TaskRun[] = [];
  let store: TaskStore | null = null;
  const stopFollowing = subscribe('taskUpdated', (update) => {
    if (update.taskId !== id) return;
    if (store) store.getState().receiveRun(update.run);
    else early.push(update.run);
  });
  let opened: TaskStore;
  let revision: number;
  try {
    const task = await request('getTask', { id });
    opened = createTaskStore(task);
    revision = task.revision;
  } catch (error) {
    stopFollowing();
    throw error;
  }
  for (const run of early) opened.getState().receiveRun(run);
  store = opened;

  const autosave = createAutosave({
    revision,
    save: (baseRevision) =>
      request('saveTask', { id, baseRevision, content: opened.getState().content }),
    onStatus: (save) => opened.setState({ save }),
  });
  const stopEdits = opened.subscribe((state, previous) => {
    if (state.content !== previous.content) autosave.changed();
  });
  const onPageHide = () => void autosave.flush();
  window.addEventListener('pagehide', onPageHide);

  return {
    store: opened,
    flush: () => autosave.flush(),
    close() {
      stopFollowing();
      stopEdits();
      window.removeEventListener('pagehide', onPageHide);
      flushOnClose(autosave);
    },
  };
}
