import { useTranslation } from 'react-i18next';
import { successfulAttempt, type TaskRun } from '../../../../../shared/domain/tasks';
import { useTask } from '../editor/task-session-context';
import { useFormat } from '../../../i18n/format';
import { RUN_STATE_TONES } from '../task-format';
import { RunDetails } from './RunDetails';
import { StatusBadge } from './StatusBadge';

function RunSummaryLine(props: { run: TaskRun }) {
  const { run } = props;
  const place = successfulAttempt(run)?.placeName;
  const { t } = useTranslation('tasks');
  const format = useFormat();
  return (
    <>
      <StatusBadge tone={RUN_STATE_TONES[run.state]}>
        {place ? t('run.doneAt', { place }) : t(`runState.${run.state}`)}
      </StatusBadge>{' '}
      {format.dateTime(run.startedAt)} · {t('calls', { count: run.attempts.length })}
    </>
  );
}

/** The runs before the latest, newest first, each opened to read its calls. */
export function RunHistory() {
  const runs = useTask((state) => state.runs);
  const earlier = runs.slice(0, -1).reverse();
  const { t } = useTranslation('tasks');
  if (earlier.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('run.earlier')}</h2>
      <ul className="run-history">
        {earlier.map((run) => (
          <li key={run.id}>
            <details className="run-history__item">
              <summary>
                <RunSummaryLine run={run} />
              </summary>
              <RunDetails run={run} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
