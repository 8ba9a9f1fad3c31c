import { isRunActive, successfulAttempt, type TaskRun } from '../../../../../shared/domain/tasks';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { AttemptItem } from './AttemptItem';

/** How a finished run ended, in one plain sentence or the error that stopped it. */
function RunOutcome(props: { run: TaskRun }) {
  const { run } = props;
  switch (run.state) {
    case 'running':
    case 'awaiting_confirmation':
      return null;
    case 'succeeded': {
      const attempt = successfulAttempt(run);
      return (
        <p className="run-outcome run-outcome--done">
          <strong>Done at {attempt?.placeName}:</strong>{' '}
          {attempt?.summary ?? 'the agent marked the call as successful.'}
        </p>
      );
    }
    case 'exhausted':
      return (
        <p className="run-outcome">
          <strong>No place could help.</strong>{' '}
          {run.places.length === 0
            ? 'There was no place to call.'
            : `All ${run.places.length} ${run.places.length === 1 ? 'place was' : 'places were'} called; none could do it.`}
        </p>
      );
    case 'stopped':
      return (
        <p className="run-outcome">
          <strong>Stopped.</strong> {run.note ?? 'You stopped the task before another call.'}
        </p>
      );
    case 'error':
      return (
        <>
          <ErrorNotice error={run.error} />
          <p className="hint">Everything recorded until then is kept below.</p>
        </>
      );
  }
}

/** A run's outcome and every call it made, as recorded with the task (readable offline). */
export function RunDetails(props: { run: TaskRun }) {
  const { run } = props;
  const followed = isRunActive(run);
  return (
    <div className="run-details">
      <RunOutcome run={run} />
      {run.attempts.length > 0 ? (
        <ol className="attempts" aria-label="Calls made">
          {run.attempts.map((attempt, index) => (
            <AttemptItem key={index} attempt={attempt} position={index + 1} followed={followed} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
