import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { TaskAttempt } from '../../../../../shared/domain/tasks';
import { describeError } from '../../../i18n/describe-error';
import { useFormat } from '../../../i18n/format';
import { CallFacts, NotedAnswers, Transcript } from '../../monitor/call-details';
import type { StatusTone } from '../../monitor/monitor-format';
import { ATTEMPT_STATUS_TONES, OUTCOME_TONES } from '../task-format';
import { StatusBadge } from './StatusBadge';

/** A call the run no longer follows: its last status is shown greyed, no longer live. */
const LEFT_BEHIND: StatusTone = 'stopped';

function AttemptFacts(props: { attempt: TaskAttempt }) {
  const { attempt } = props;
  const { t } = useTranslation('tasks');
  const format = useFormat();
  const facts: Array<[string, string]> = [
    [t('attempt.number'), attempt.phoneNumber],
    [t('attempt.started'), format.time(attempt.startedAt)],
  ];
  if (attempt.durationSeconds !== null) {
    facts.push([t('attempt.duration'), format.duration(attempt.durationSeconds)]);
  }
  facts.push([t('attempt.conversation'), attempt.conversationId ?? t('attempt.notPlaced')]);
  return <CallFacts facts={facts} className="attempt__facts" />;
}

function Collected(props: { values: Readonly<Record<string, string>> }) {
  const { t } = useTranslation('tasks');
  if (Object.keys(props.values).length === 0) return null;
  return (
    <dl className="details-list attempt__collected" aria-label={t('attempt.noted')}>
      <NotedAnswers values={props.values} />
    </dl>
  );
}

/**
 * One call to one place: where it got to, how it went, what the agent noted and what was said.
 * `followed` says whether the run still follows it, so an unfinished call left behind says so;
 * `runError` is what stopped the run, which is this call's error when it was the last one.
 */
export function AttemptItem(props: {
  attempt: TaskAttempt;
  position: number;
  followed: boolean;
  runError: AppErrorShape | null;
}) {
  const { attempt, runError } = props;
  const { t } = useTranslation('tasks');
  const { t: tErrors } = useTranslation('errors');
  const problem =
    runError && runError.message === attempt.errorMessage
      ? describeError(runError, tErrors)
      : attempt.errorMessage;
  const turns = attempt.transcript.length;
  // Its status is the last one seen, no longer live.
  const left = attempt.outcome === null && !props.followed;
  return (
    <li
      className="attempt"
      aria-label={t('attempt.label', { position: props.position, place: attempt.placeName })}
    >
      <div className="attempt__header">
        <h4 className="attempt__place">
          {props.position}. {attempt.placeName}
        </h4>
        <StatusBadge tone={left ? LEFT_BEHIND : ATTEMPT_STATUS_TONES[attempt.status]}>
          {t(`attemptStatus.${attempt.status}`)}
        </StatusBadge>
        {attempt.outcome ? (
          <StatusBadge tone={OUTCOME_TONES[attempt.outcome]}>
            {t(`outcome.${attempt.outcome}`)}
          </StatusBadge>
        ) : left ? (
          <StatusBadge tone={LEFT_BEHIND}>{t('attempt.notFollowed')}</StatusBadge>
        ) : null}
      </div>
      <AttemptFacts attempt={attempt} />
      {attempt.summary ? <p className="attempt__summary">{attempt.summary}</p> : null}
      {problem ? <p className="field-problem">{problem}</p> : null}
      <Collected values={attempt.dataCollection} />
      {turns > 0 ? (
        <details className="attempt__transcript">
          <summary>{t('attempt.transcript', { count: turns })}</summary>
          <Transcript turns={attempt.transcript} callee={attempt.placeName} />
        </details>
      ) : null}
    </li>
  );
}
