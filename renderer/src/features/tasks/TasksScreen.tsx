import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribe } from '../../api/callsheet';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { DraftProblemsNotice } from '../campaigns/DraftList';
import { TaskList } from './TaskList';
import { useTaskList } from './task-list-store';

function NewTaskButton() {
  const create = useTaskList((state) => state.create);
  const creating = useTaskList((state) => state.creating);
  const openTask = useNavigation((state) => state.openTask);
  const { t } = useTranslation('tasks');
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
      {creating ? t('list.creating') : t('list.new')}
    </button>
  );
}

/** Errands: one thing to get done, a few places called in turn until one can do it. */
export function TasksScreen() {
  const { tasks, problems, error, load, receiveRun } = useTaskList();
  const { t } = useTranslation(['tasks', 'common']);

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
        <h1>{t('common:sections.tasks')}</h1>
        <NewTaskButton />
      </header>
      <ErrorNotice error={error} onRetry={() => void load()} />
      <DraftProblemsNotice problems={problems} kind="task" />
      {tasks === null ? null : tasks.length > 0 ? (
        <TaskList tasks={tasks} />
      ) : (
        <EmptyState title={t('list.emptyTitle')}>
          <p>{t('list.emptyText')}</p>
        </EmptyState>
      )}
    </>
  );
}
