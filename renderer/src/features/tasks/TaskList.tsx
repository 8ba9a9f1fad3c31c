import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../../shared/domain/tasks';
import { useNavigation } from '../../app/navigation-store';
import { RecordList } from '../../ui/record-list/RecordList';
import { TimeAgo } from '../../ui/TimeAgo';
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

/** How big the task is, who calls and how its last run went. */
function TaskDetails(props: { task: TaskSummary }) {
  const { t } = useTranslation('tasks');
  const { task } = props;
  return (
    <>
      <p className="draft-item__meta">
        {t('places', { count: task.placeCount })} ·{' '}
        {task.agentName ? t('list.agent', { name: task.agentName }) : t('list.noAgent')} ·{' '}
        <TimeAgo at={task.updatedAt} prefix={t('list.edited')} />
      </p>
      <LastRun task={task} />
    </>
  );
}

export function TaskList(props: { tasks: readonly TaskSummary[] }) {
  const { t } = useTranslation('tasks');
  const openTask = useNavigation((state) => state.openTask);
  return (
    <RecordList
      records={props.tasks}
      store={useTaskList}
      label={t('list.label')}
      kind="task"
      onOpen={openTask}
      renderDetails={(task) => <TaskDetails task={task} />}
    />
  );
}
