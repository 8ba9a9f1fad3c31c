import { useTranslation } from 'react-i18next';
import {
  isRunActive,
  STOPPED_MID_CALL_NOTE,
  successfulAttempt,
  type TaskRun,
} from '../../../../../shared/domain/tasks';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { AttemptItem } from './AttemptItem';

/** How a finished run ended, in one plain sentence or the error that stopped it. */
function RunOutcome(props: { run: TaskRun }) {
  const { run } = props;
  const { t } = useTranslation('tasks');
  switch (run.state) {
    case 'running':
    case 'awaiting_confirmation':
      return null;
    case 'succeeded': {
      const attempt = successfulAttempt(run);
      return (
        <p className="run-outcome run-outcome--done">
          <strong>{t('outcomeLine.doneAt', { place: attempt?.placeName ?? '' })}</strong>{' '}
          {attempt?.summary ?? t('outcomeLine.marked')}
        </p>
      );
    }
    case 'exhausted':
      return (
        <p className="run-outcome">
          <strong>{t('outcomeLine.exhausted')}</strong>{' '}
          {run.places.length === 0
            ? t('outcomeLine.noPlace')
            : t('outcomeLine.allCalled', { count: run.places.length })}
        </p>
      );
    case 'stopped':
      return (
        <p className="run-outcome">
          <strong>{t('outcomeLine.stopped')}</strong>{' '}
          {run.note === null
            ? t('outcomeLine.stoppedBetween')
            : run.note === STOPPED_MID_CALL_NOTE
              ? t('outcomeLine.stoppedMidCall')
              : t('outcomeLine.interrupted')}
        </p>
      );
    case 'error':
      return (
        <>
          <ErrorNotice error={run.error} />
          <p className="hint">{t('outcomeLine.kept')}</p>
        </>
      );
  }
}

/** A run's outcome and every call it made, as recorded with the task (readable offline). */
export function RunDetails(props: { run: TaskRun }) {
  const { run } = props;
  const followed = isRunActive(run);
  const { t } = useTranslation('tasks');
  return (
    <div className="run-details">
      <RunOutcome run={run} />
      {run.attempts.length > 0 ? (
        <ol className="attempts" aria-label={t('attempt.listLabel')}>
          {run.attempts.map((attempt, index) => (
            <AttemptItem
              key={index}
              attempt={attempt}
              position={index + 1}
              followed={followed}
              runError={run.error}
            />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
