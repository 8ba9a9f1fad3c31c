import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptTurn } from '../../../../shared/domain/calls/conversation';
import { answerText, fieldLabel, formatDuration } from './monitor-format';

/** A call's facts as label and value pairs, as the monitor, task runs and test calls show them. */
export function CallFacts(props: { facts: ReadonlyArray<[string, string]>; className?: string }) {
  return (
    <dl className={`call-facts${props.className ? ` ${props.className}` : ''}`}>
      {props.facts.map(([label, value]) => (
        <div key={label} className="call-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the agent noted, as terms and answers for a details list. */
export function NotedAnswers(props: { values: Readonly<Record<string, string>> }) {
  const { t } = useTranslation('monitor');
  return Object.entries(props.values).map(([id, value]) => (
    <Fragment key={id}>
      <dt title={id}>{fieldLabel(id)}</dt>
      <dd>{answerText(value, t)}</dd>
    </Fragment>
  ));
}

/** What was said on one call, turn by turn; `callee` names whoever the agent called. */
export function Transcript(props: { turns: readonly TranscriptTurn[]; callee: string }) {
  const { t } = useTranslation('monitor');
  return (
    <ol className="transcript">
      {props.turns.map((turn, index) => (
        <li key={index} className={`transcript__turn transcript__turn--${turn.role}`}>
          <span className="transcript__who">
            {turn.role === 'agent' ? t('conversation.agent') : props.callee}
            <span className="transcript__time"> {formatDuration(turn.atSeconds)}</span>
          </span>
          <p className="transcript__message">{turn.message}</p>
        </li>
      ))}
    </ol>
  );
}
