import { successfulAttempt, type TaskRun } from '../../../../../shared/domain/tasks';
import { useTask } from '../editor/task-session-context';
import { calls, RUN_STATE_LABELS, RUN_STATE_TONES } from '../task-format';
import { RunDetails } from './RunDetails';
import { StatusBadge } from './StatusBadge';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function RunSummaryLine(props: { run: TaskRun }) {
  const { run } = props;
  const place = successfulAttempt(run)?.placeName;
  return (
    <>
      <StatusBadge tone={RUN_STATE_TONES[run.state]}>
        {place ? `Done at ${place}` : RUN_STATE_LABELS[run.state]}
      </StatusBadge>{' '}
      {when.format(run.startedAt)} · {calls(run.attempts.length)}
    </>
  );
}

/** The runs before the latest, newest first, each opened to read its calls. */
export function RunHistory() {
  const runs = useTask((state) => state.runs);
  const earlier = runs.slice(0, -1).reverse();
  if (earlier.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Earlier runs</h2>
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
