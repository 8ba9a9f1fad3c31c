import { Fragment } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import type {
  Conversation,
  ConversationStatus,
} from '../../../../shared/domain/calls/conversation';
import { CALL_SUCCESS_LABELS } from '../../../../shared/domain/results';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { answerText, fieldLabel, formatDuration } from '../monitor/monitor-format';
import type { TestCallStarted } from './launch-store';

const STATUS_WORDS: Readonly<Record<ConversationStatus, string>> = {
  initiated: 'Ringing…',
  'in-progress': 'On the call…',
  processing: 'The call has ended; the summary is being prepared…',
  done: 'The call is over.',
  failed: 'The call did not go through.',
};

function Outcome(props: { conversation: Conversation }) {
  const { summary, callSuccessful, dataCollection, evaluation } = props.conversation;
  const collected = Object.entries(dataCollection);
  return (
    <>
      {summary ? (
        <section className="call-section" aria-label="Summary">
          <h3>Summary</h3>
          <p>{summary}</p>
        </section>
      ) : null}
      {callSuccessful || collected.length > 0 || evaluation.length > 0 ? (
        <section className="call-section" aria-label="Analysis">
          <h3>Analysis</h3>
          <dl className="details-list">
            {callSuccessful ? (
              <>
                <dt>Call successful</dt>
                <dd>{CALL_SUCCESS_LABELS[callSuccessful]}</dd>
              </>
            ) : null}
            {collected.map(([id, value]) => (
              <Fragment key={id}>
                <dt title={id}>{fieldLabel(id)}</dt>
                <dd>{answerText(value)}</dd>
              </Fragment>
            ))}
            {evaluation.map((criterion) => (
              <Fragment key={criterion.id}>
                <dt title={criterion.id}>{fieldLabel(criterion.id)}</dt>
                <dd>{CALL_SUCCESS_LABELS[criterion.result]}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}

/** The test call as it goes: status, what is said, then the summary and analysis. */
export function TestCallProgress(props: {
  call: TestCallStarted;
  conversation: Conversation | null;
  error: AppErrorShape | null;
}) {
  const { call, conversation } = props;
  const status = conversation ? STATUS_WORDS[conversation.status] : 'Dialling…';
  return (
    <div className="test-call" role="region" aria-label="Test call">
      <p className="test-call__status" role="status">
        <strong>Test call to {call.toNumber}:</strong> {status}
        {conversation?.durationSeconds ? ` (${formatDuration(conversation.durationSeconds)})` : ''}
      </p>
      <p className="hint">
        Conversation ID: <code>{call.conversationId}</code>
      </p>
      <ErrorNotice error={props.error} />
      {conversation ? (
        <>
          {conversation.status === 'done' ? <Outcome conversation={conversation} /> : null}
          {conversation.transcript.length > 0 ? (
            <section className="call-section" aria-label="Transcript">
              <h3>Transcript</h3>
              <ol className="transcript">
                {conversation.transcript.map((turn, index) => (
                  <li key={index} className={`transcript__turn transcript__turn--${turn.role}`}>
                    <span className="transcript__who">
                      {turn.role === 'agent' ? 'Agent' : 'You'}
                      <span className="transcript__time"> {formatDuration(turn.atSeconds)}</span>
                    </span>
                    <p className="transcript__message">{turn.message}</p>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
