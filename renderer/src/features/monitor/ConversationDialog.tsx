import { useTranslation } from 'react-i18next';
import {
  isConversationOver,
  type Conversation,
} from '../../../../shared/domain/calls/conversation';
import type { BatchViewRecipient } from '../../../../shared/domain/results';
import { useFormat } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CallFacts, NotedAnswers, Transcript } from './call-details';
import { fieldLabel, personName } from './monitor-format';
import { useConversation, useRecording } from './use-conversation';

function ConversationFacts(props: { call: BatchViewRecipient; conversation: Conversation | null }) {
  const { call, conversation } = props;
  const { t } = useTranslation('monitor');
  const format = useFormat();
  const facts: Array<[string, string]> = [
    [t('conversation.status'), t(`callStatus.${call.status}`)],
    [t('conversation.number'), call.phoneNumber ?? call.person?.phone_number ?? '–'],
  ];
  if (conversation?.startedAt != null) {
    facts.push([t('conversation.started'), format.dateTime(conversation.startedAt * 1000)]);
  }
  if (conversation?.durationSeconds != null) {
    facts.push([t('conversation.duration'), format.duration(conversation.durationSeconds)]);
  }
  if (conversation?.callSuccessful) {
    facts.push([t('conversation.successful'), t(`callSuccess.${conversation.callSuccessful}`)]);
  }
  return <CallFacts facts={facts} />;
}

function Recording(props: { conversation: Conversation }) {
  const { id, status, hasAudio } = props.conversation;
  const { t } = useTranslation('monitor');
  const over = isConversationOver(status);
  const { url, error, loading } = useRecording(id, over && hasAudio);
  if (!over) return <p className="muted">{t('conversation.recordingLater')}</p>;
  if (!hasAudio) return <p className="muted">{t('conversation.noRecording')}</p>;
  if (error) return <ErrorNotice error={error} />;
  if (loading || !url) return <p className="muted">{t('conversation.loadingRecording')}</p>;
  return (
    <audio
      className="call-recording"
      controls
      src={url}
      aria-label={t('conversation.recordingLabel')}
    />
  );
}

function Analysis(props: { conversation: Conversation }) {
  const { dataCollection, evaluation } = props.conversation;
  const { t } = useTranslation('monitor');
  const collected = Object.entries(dataCollection);
  return (
    <>
      {collected.length > 0 ? (
        <section className="call-section" aria-label={t('conversation.noted')}>
          <h3>{t('conversation.noted')}</h3>
          <dl className="details-list">
            <NotedAnswers values={dataCollection} />
          </dl>
        </section>
      ) : null}
      {evaluation.length > 0 ? (
        <section className="call-section" aria-label={t('conversation.goals')}>
          <h3>{t('conversation.goals')}</h3>
          <ul className="call-goals">
            {evaluation.map((criterion) => (
              <li key={criterion.id}>
                <strong>{fieldLabel(criterion.id)}</strong>: {t(`callSuccess.${criterion.result}`)}
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

function ConversationTranscript(props: { conversation: Conversation; callee: string }) {
  const { transcript } = props.conversation;
  const { t } = useTranslation('monitor');
  if (transcript.length === 0) return <p className="muted">{t('conversation.nothingSaid')}</p>;
  return <Transcript turns={transcript} callee={props.callee} />;
}

/** Everything about one call: how it went, what was said, what the agent noted, the recording. */
export function ConversationDialog(props: {
  call: BatchViewRecipient;
  conversationId: string;
  onClose: () => void;
}) {
  const { call, conversationId } = props;
  const { t } = useTranslation(['monitor', 'common']);
  const name = personName(call.person, call.phoneNumber, t);
  const { view, error, loading, reload } = useConversation(
    conversationId,
    `${call.status}#${call.result?.id ?? ''}`,
  );
  const conversation = view?.conversation ?? null;
  const over = conversation ? isConversationOver(conversation.status) : true;

  return (
    <Dialog
      title={t('conversation.title', { name })}
      size="large"
      onClose={props.onClose}
      footer={
        <button type="button" className="button" data-autofocus onClick={props.onClose}>
          {t('common:actions.close')}
        </button>
      }
    >
      <ConversationFacts call={call} conversation={conversation} />
      <ErrorNotice error={error} onRetry={reload} />
      {view?.offline ? (
        <div className="notice notice--warning" role="status">
          <span className="notice__text">
            {t(view.transcriptSaved ? 'conversation.savedCall' : 'conversation.savedResult')}
          </span>
          <button type="button" className="button button--small" onClick={reload}>
            {t('common:actions.tryAgain')}
          </button>
        </div>
      ) : null}
      {conversation === null ? (
        loading ? (
          <p className="muted" role="status">
            {t('conversation.loading')}
          </p>
        ) : null
      ) : (
        <>
          {!over ? (
            <div className="notice notice--info">
              <span className="notice__text">
                {conversation.status === 'processing'
                  ? t('conversation.processing')
                  : t('conversation.ongoing')}
              </span>
            </div>
          ) : null}
          {conversation.summary ? (
            <section className="call-section" aria-label={t('conversation.summary')}>
              <h3>{t('conversation.summary')}</h3>
              <p>{conversation.summary}</p>
            </section>
          ) : null}
          {view?.offline ? null : (
            <section className="call-section" aria-label={t('conversation.recording')}>
              <h3>{t('conversation.recording')}</h3>
              <Recording conversation={conversation} />
            </section>
          )}
          <Analysis conversation={conversation} />
          {view && !view.transcriptSaved ? null : (
            <section className="call-section" aria-label={t('conversation.transcript')}>
              <h3>{t('conversation.transcript')}</h3>
              <ConversationTranscript conversation={conversation} callee={name} />
            </section>
          )}
        </>
      )}
    </Dialog>
  );
}
