import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../../shared/domain/tasks';
import { TaskListItem } from './TaskListItem';

/** Where keyboard focus goes once a task leaves the list: the next one, or the one before. */
function focusNeighbour(tasks: readonly TaskSummary[], id: string) {
  const position = tasks.findIndex((task) => task.id === id);
  const neighbour = tasks[position + 1] ?? tasks[position - 1];
  requestAnimationFrame(() => {
    const target = neighbour
      ? document.querySelector<HTMLElement>(
          `[data-task-id="${CSS.escape(neighbour.id)}"] .draft-item__open`,
        )
      : document.querySelector<HTMLElement>('[data-new-task]');
    target?.focus();
  });
}

export function TaskList(props: { tasks: readonly TaskSummary[] }) {
  const { t } = useTranslation('tasks');
  return (
    <ul className="draft-list" aria-label={t('list.label')}>
      {props.tasks.map((task) => (
        <TaskListItem
          key={task.id}
          task={task}
          onDeleted={() => focusNeighbour(props.tasks, task.id)}
        />
      ))}
    </ul>
  );
}
