import { Fragment } from 'react';
import {
  isConversationOver,
  type Conversation,
} from '../../../../shared/domain/calls/conversation';
import {
  CALL_STATUS_LABELS,
  CALL_SUCCESS_LABELS,
  type BatchViewRecipient,
} from '../../../../shared/domain/results';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import {
  answerText,
  fieldLabel,
  formatDuration,
  formatUnixTime,
  personName,
} from './monitor-format';
import { useConversation, useRecording } from './use-conversation';

function CallFacts(props: { call: BatchViewRecipient; conversation: Conversation | null }) {
  const { call, conversation } = props;
  const facts: Array<[string, string]> = [
    ['Status', CALL_STATUS_LABELS[call.status]],
    ['Number', call.phoneNumber ?? call.person?.phone_number ?? '–'],
  ];
  if (conversation?.startedAt != null)
    facts.push(['Started', formatUnixTime(conversation.startedAt)]);
  if (conversation?.durationSeconds != null) {
    facts.push(['Duration', formatDuration(conversation.durationSeconds)]);
  }
  if (conversation?.callSuccessful) {
    facts.push(['Call successful', CALL_SUCCESS_LABELS[conversation.callSuccessful]]);
  }
  return (
    <dl className="call-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="call-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Recording(props: { conversation: Conversation }) {
  const { id, status, hasAudio } = props.conversation;
  const over = isConversationOver(status);
  const { url, error, loading } = useRecording(id, over && hasAudio);
  if (!over) return <p className="muted">The recording is ready once the call ends.</p>;
  if (!hasAudio) return <p className="muted">No recording was kept for this call.</p>;
  if (error) return <ErrorNotice error={error} />;
  if (loading || !url) return <p className="muted">Loading the recording…</p>;
  return <audio className="call-recording" controls src={url} aria-label="Recording of the call" />;
}

function Analysis(props: { conversation: Conversation }) {
  const { dataCollection, evaluation } = props.conversation;
  const collected = Object.entries(dataCollection);
  return (
    <>
      {collected.length > 0 ? (
        <section className="call-section" aria-label="What the agent noted">
          <h3>What the agent noted</h3>
          <dl className="details-list">
            {collected.map(([id, value]) => (
              <Fragment key={id}>
                <dt title={id}>{fieldLabel(id)}</dt>
                <dd>{answerText(value)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
      {evaluation.length > 0 ? (
        <section className="call-section" aria-label="Goals">
          <h3>Goals</h3>
          <ul className="call-goals">
            {evaluation.map((criterion) => (
              <li key={criterion.id}>
                <strong>{fieldLabel(criterion.id)}</strong>: {CALL_SUCCESS_LABELS[criterion.result]}
                {criterion.rationale ? (
                  <span className="muted"> — {criterion.rationale}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Transcript(props: { conversation: Conversation; callee: string }) {
  const { transcript } = props.conversation;
  if (transcript.length === 0) return <p className="muted">Nothing was said on this call.</p>;
  return (
    <ol className="transcript">
      {transcript.map((turn, index) => (
        <li key={index} className={`transcript__turn transcript__turn--${turn.role}`}>
          <span className="transcript__who">
            {turn.role === 'agent' ? 'Agent' : props.callee}
            <span className="transcript__time"> {formatDuration(turn.atSeconds)}</span>
          </span>
          <p className="transcript__message">{turn.message}</p>
        </li>
      ))}
    </ol>
  );
}

/** Everything about one call: how it went, what was said, what the agent noted, the recording. */
export function ConversationDialog(props: {
  call: BatchViewRecipient;
  conversationId: string;
  onClose: () => void;
}) {
  const { call, conversationId } = props;
  const name = personName(call.person, call.phoneNumber);
  const { view, error, loading, reload } = useConversation(
    conversationId,
    `${call.status}#${call.result?.id ?? ''}`,
  );
  const conversation = view?.conversation ?? null;
  const over = conversation ? isConversationOver(conversation.status) : true;

  return (
    <Dialog
      title={`Call with ${name}`}
      size="large"
      onClose={props.onClose}
      footer={
        <button type="button" className="button" data-autofocus onClick={props.onClose}>
          Close
        </button>
      }
    >
      <CallFacts call={call} conversation={conversation} />
      <ErrorNotice error={error} onRetry={reload} />
      {view?.offline ? (
        <div className="notice notice--warning">
          <span className="notice__text">
            ElevenLabs can’t be reached, so this is the result saved on this computer. The
            transcript and the recording need a connection.
          </span>
          <button type="button" className="button button--small" onClick={reload}>
            Try again
          </button>
        </div>
      ) : null}
      {conversation === null ? (
        loading ? (
          <p className="muted" role="status">
            Loading the call…
          </p>
        ) : null
      ) : (
        <>
          {!over ? (
            <div className="notice notice--info">
              <span className="notice__text">
                {conversation.status === 'processing'
                  ? 'The call has ended. Its summary is being prepared and appears here by itself.'
                  : 'This call is still going on. The summary and the whole transcript appear here by themselves once it ends.'}
              </span>
            </div>
          ) : null}
          {conversation.summary ? (
            <section className="call-section" aria-label="Summary">
              <h3>Summary</h3>
              <p>{conversation.summary}</p>
            </section>
          ) : null}
          {view?.offline ? null : (
            <section className="call-section" aria-label="Recording">
              <h3>Recording</h3>
              <Recording conversation={conversation} />
            </section>
          )}
          <Analysis conversation={conversation} />
          {view?.offline ? null : (
            <section className="call-section" aria-label="Transcript">
              <h3>Transcript</h3>
              <Transcript conversation={conversation} callee={name} />
            </section>
          )}
        </>
      )}
    </Dialog>
  );
}
