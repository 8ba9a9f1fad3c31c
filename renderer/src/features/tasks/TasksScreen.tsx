import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribe } from '../../api/callsheet';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { NewRecordButton } from '../../ui/record-list/RecordList';
import { UnreadableFilesNotice } from '../../ui/UnreadableFilesNotice';
import { TaskList } from './TaskList';
import { receiveRun, useTaskList } from './task-list-store';

/** Errands: one thing to get done, a few places called in turn until one can do it. */
export function TasksScreen() {
  const { records: tasks, problems, error, load } = useTaskList();
  const openTask = useNavigation((state) => state.openTask);
  const { t } = useTranslation(['tasks', 'common']);

  useEffect(() => {
    void load();
  }, [load]);

  // A task may be running while its list is on screen.
  useEffect(() => subscribe('taskUpdated', (update) => receiveRun(update.taskId, update.run)), []);

  return (
    <>
      <header className="screen-header screen-header--with-actions">
        <h1>{t('common:sections.tasks')}</h1>
        <NewRecordButton
          store={useTaskList}
          onCreated={openTask}
          label={t('list.new')}
          creatingLabel={t('list.creating')}
        />
      </header>
      <ErrorNotice error={error} onRetry={() => void load()} />
      <UnreadableFilesNotice problems={problems} kind="task" />
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
