import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../../shared/domain/tasks';
import { useNavigation } from '../../app/navigation-store';
import { TimeAgo } from '../../ui/TimeAgo';
import { RenameField } from '../campaigns/DraftListItem';
import { describeLastRun, RUN_STATE_TONES } from './task-format';
import { useTaskList } from './task-list-store';

function LastRun(props: { task: TaskSummary }) {
  const run = props.task.lastRun;
  const { t } = useTranslation('tasks');
  if (!run) return <p className="draft-item__meta">{t('list.notRun')}</p>;
  return (
    <p className="draft-item__meta task-item__run">
      <span className={`status-badge status-badge--${RUN_STATE_TONES[run.state]}`}>
        {describeLastRun(run, t)}
      </span>{' '}
      <TimeAgo at={run.startedAt} prefix={t('list.ran')} />
    </p>
  );
}

/** One task in the list, with its actions and how its last run went; the name renames in place. */
export function TaskListItem(props: { task: TaskSummary; onDeleted: () => void }) {
  const { task } = props;
  const openTask = useNavigation((state) => state.openTask);
  const rename = useTaskList((state) => state.rename);
  const duplicate = useTaskList((state) => state.duplicate);
  const remove = useTaskList((state) => state.remove);
  const [renaming, setRenaming] = useState(false);
  const { t } = useTranslation(['tasks', 'common']);

  return (
    <li className="draft-item" data-task-id={task.id}>
      <div className="draft-item__main">
        {renaming ? (
          <RenameField
            name={task.name}
            onRename={(name) => rename(task.id, name)}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <h3 className="draft-item__title">
            <button type="button" className="draft-item__open" onClick={() => openTask(task.id)}>
              {task.name}
            </button>
          </h3>
        )}
        <p className="draft-item__meta">
          {t('places', { count: task.placeCount })} ·{' '}
          {task.agentName ? t('list.agent', { name: task.agentName }) : t('list.noAgent')} ·{' '}
          <TimeAgo at={task.updatedAt} prefix={t('list.edited')} />
        </p>
        <LastRun task={task} />
      </div>
      <div className="draft-item__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('list.renameLabel', { name: task.name })}
          disabled={renaming}
          onClick={() => setRenaming(true)}
        >
          {t('list.rename')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('list.duplicateLabel', { name: task.name })}
          onClick={() => void duplicate(task.id)}
        >
          {t('list.duplicate')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('list.deleteLabel', { name: task.name })}
          onClick={() => {
            props.onDeleted();
            void remove(task);
          }}
        >
          {t('common:actions.delete')}
        </button>
      </div>
    </li>
  );
}
