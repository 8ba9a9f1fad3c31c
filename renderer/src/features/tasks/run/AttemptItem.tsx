import { Fragment } from 'react';
import type { TaskAttempt } from '../../../../../shared/domain/tasks';
import { answerText, fieldLabel, formatDuration } from '../../monitor/monitor-format';
import {
  ATTEMPT_STATUS_LABELS,
  ATTEMPT_STATUS_TONES,
  OUTCOME_LABELS,
  OUTCOME_TONES,
} from '../task-format';
import { StatusBadge } from './StatusBadge';
import { Transcript } from './Transcript';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function AttemptFacts(props: { attempt: TaskAttempt }) {
  const { attempt } = props;
  const facts: Array<[string, string]> = [
    ['Number', attempt.phoneNumber],
    ['Started', time.format(attempt.startedAt)],
  ];
  if (attempt.durationSeconds !== null) {
    facts.push(['Duration', formatDuration(attempt.durationSeconds)]);
  }
  facts.push(['Conversation', attempt.conversationId ?? 'None — the call was not placed']);
  return (
    <dl className="call-facts attempt__facts">
      {facts.map(([label, value]) => (
        <div key={label} className="call-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Collected(props: { values: Readonly<Record<string, string>> }) {
  const entries = Object.entries(props.values);
  if (entries.length === 0) return null;
  return (
    <dl className="details-list attempt__collected" aria-label="What the agent noted">
      {entries.map(([id, value]) => (
        <Fragment key={id}>
          <dt title={id}>{fieldLabel(id)}</dt>
          <dd>{answerText(value)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * One call to one place: where it got to, how it went, what the agent noted and what was said.
 * `followed` says whether the run still follows it, so an unfinished call left behind says so.
 */
export function AttemptItem(props: { attempt: TaskAttempt; position: number; followed: boolean }) {
  const { attempt } = props;
  const turns = attempt.transcript.length;
  // Its status is the last one seen, no longer live.
  const left = attempt.outcome === null && !props.followed;
  return (
    <li className="attempt" aria-label={`Call ${props.position}: ${attempt.placeName}`}>
      <div className="attempt__header">
        <h4 className="attempt__place">
          {props.position}. {attempt.placeName}
        </h4>
        <StatusBadge tone={left ? 'stopped' : ATTEMPT_STATUS_TONES[attempt.status]}>
          {ATTEMPT_STATUS_LABELS[attempt.status]}
        </StatusBadge>
        {attempt.outcome ? (
          <StatusBadge tone={OUTCOME_TONES[attempt.outcome]}>
            {OUTCOME_LABELS[attempt.outcome]}
          </StatusBadge>
        ) : left ? (
          <StatusBadge tone="stopped">No longer followed</StatusBadge>
        ) : null}
      </div>
      <AttemptFacts attempt={attempt} />
      {attempt.summary ? <p className="attempt__summary">{attempt.summary}</p> : null}
      {attempt.errorMessage ? <p className="field-problem">{attempt.errorMessage}</p> : null}
      <Collected values={attempt.dataCollection} />
      {turns > 0 ? (
        <details className="attempt__transcript">
          <summary>
            Transcript ({turns} {turns === 1 ? 'turn' : 'turns'})
          </summary>
          <Transcript turns={attempt.transcript} callee={attempt.placeName} />
        </details>
      ) : null}
    </li>
  );
}
