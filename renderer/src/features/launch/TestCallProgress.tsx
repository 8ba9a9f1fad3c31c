import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { Conversation } from '../../../../shared/domain/calls/conversation';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { NotedAnswers, Transcript } from '../monitor/call-details';
import { fieldLabel, formatDuration } from '../monitor/monitor-format';
import type { TestCallStarted } from './launch-store';

function Outcome(props: { conversation: Conversation }) {
  const { t } = useTranslation('launch');
  const { summary, callSuccessful, dataCollection, evaluation } = props.conversation;
  const collected = Object.entries(dataCollection);
  return (
    <>
      {summary ? (
        <section className="call-section" aria-label={t('testCall.summary')}>
          <h3>{t('testCall.summary')}</h3>
          <p>{summary}</p>
        </section>
      ) : null}
      {callSuccessful || collected.length > 0 || evaluation.length > 0 ? (
        <section className="call-section" aria-label={t('testCall.analysis')}>
          <h3>{t('testCall.analysis')}</h3>
          <dl className="details-list">
            {callSuccessful ? (
              <>
                <dt>{t('testCall.successful')}</dt>
                <dd>{t(`testCall.success.${callSuccessful}`)}</dd>
              </>
            ) : null}
            <NotedAnswers values={dataCollection} />
            {evaluation.map((criterion) => (
              <Fragment key={criterion.id}>
                <dt title={criterion.id}>{fieldLabel(criterion.id)}</dt>
                <dd>{t(`testCall.success.${criterion.result}`)}</dd>
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
  const { t } = useTranslation('launch');
  const { call, conversation } = props;
  const status = conversation
    ? t(`testCall.status.${conversation.status}`)
    : t('testCall.status.dialling');
  return (
    <div className="test-call" role="region" aria-label={t('testCall.label')}>
      <p className="test-call__status" role="status">
        <strong>{t('testCall.to', { number: call.toNumber })}</strong> {status}
        {conversation?.durationSeconds ? ` (${formatDuration(conversation.durationSeconds)})` : ''}
      </p>
      <p className="hint">
        {t('testCall.conversationId')} <code>{call.conversationId}</code>
      </p>
      <ErrorNotice error={props.error} />
      {conversation ? (
        <>
          {conversation.status === 'done' ? <Outcome conversation={conversation} /> : null}
          {conversation.transcript.length > 0 ? (
            <section className="call-section" aria-label={t('testCall.transcript')}>
              <h3>{t('testCall.transcript')}</h3>
              <Transcript turns={conversation.transcript} callee={t('testCall.you')} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
