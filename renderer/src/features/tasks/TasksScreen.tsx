import { useEffect } from 'react';
import { subscribe } from '../../api/callsheet';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { DraftProblemsNotice } from '../campaigns/DraftList';
import { TaskList } from './TaskList';
import { useTaskList } from './task-list-store';

const TASKS = { one: 'task', many: 'tasks' };

function NewTaskButton() {
  const create = useTaskList((state) => state.create);
  const creating = useTaskList((state) => state.creating);
  const openTask = useNavigation((state) => state.openTask);
  return (
    <button
      type="button"
      className="button button--primary"
      data-new-task
      disabled={creating}
      onClick={() => {
        void create().then((id) => id && openTask(id));
      }}
    >
      {creating ? 'Creating…' : 'New task'}
    </button>
  );
}

/** Errands: one thing to get done, a few places called in turn until one can do it. */
export function TasksScreen() {
  const { tasks, problems, error, load, receiveRun } = useTaskList();

  useEffect(() => {
    void load();
  }, [load]);

  // A task may be running while its list is on screen.
  useEffect(
    () => subscribe('taskUpdated', (update) => receiveRun(update.taskId, update.run)),
    [receiveRun],
  );

  return (
    <>
      <header className="screen-header screen-header--with-actions">
        <h1>Tasks</h1>
        <NewTaskButton />
      </header>
      <ErrorNotice error={error} onRetry={() => void load()} />
      <DraftProblemsNotice problems={problems} noun={TASKS} />
      {tasks === null ? null : tasks.length > 0 ? (
        <TaskList tasks={tasks} />
      ) : (
        <EmptyState title="No tasks yet">
          <p>
            A task is one errand — “Book a haircut for tomorrow at 18:00” — and a short list of
            places to try. Your agent calls the first place; if it cannot help, the next one, until
            one can. Start one with New task.
          </p>
        </EmptyState>
      )}
    </>
  );
}
