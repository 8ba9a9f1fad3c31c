import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { Conversation } from '../../../../shared/domain/calls/conversation';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldLabel, formatDuration } from '../monitor/monitor-format';
import type { TestCallStarted } from './launch-store';

/** Yes/no answers arrive as "true"/"false"; everything else reads as the agent noted it. */
function useAnswerText(): (value: string) => string {
  const { t } = useTranslation('launch');
  return (value) => {
    const text = value.trim();
    if (text === '') return '–';
    if (/^true$/i.test(text)) return t('testCall.yes');
    if (/^false$/i.test(text)) return t('testCall.no');
    return text;
  };
}

function Outcome(props: { conversation: Conversation }) {
  const { t } = useTranslation('launch');
  const answerText = useAnswerText();
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
            {collected.map(([id, value]) => (
              <Fragment key={id}>
                <dt title={id}>{fieldLabel(id)}</dt>
                <dd>{answerText(value)}</dd>
              </Fragment>
            ))}
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
              <ol className="transcript">
                {conversation.transcript.map((turn, index) => (
                  <li key={index} className={`transcript__turn transcript__turn--${turn.role}`}>
                    <span className="transcript__who">
                      {turn.role === 'agent' ? t('testCall.agent') : t('testCall.you')}
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
