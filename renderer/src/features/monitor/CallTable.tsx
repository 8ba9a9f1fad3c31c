import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchViewRecipient } from '../../../../shared/domain/results';
import { useFormat } from '../../i18n/format';
import { CALL_STATUS_TONES, personDetails, personName } from './monitor-format';

const ROW_HEIGHT = 56;

function Outcome(props: { call: BatchViewRecipient }) {
  const { status, result } = props.call;
  const { t } = useTranslation('monitor');
  const format = useFormat();
  if (!result) return <span className="muted">–</span>;
  // A call nobody answered has no verdict or length worth showing; its summary says why.
  const answered = status === 'completed';
  const facts = [
    answered && result.callSuccessful
      ? t('calls.successful', { answer: t(`callSuccess.${result.callSuccessful}`) })
      : '',
    result.durationSeconds ? format.duration(result.durationSeconds) : '',
  ].filter(Boolean);
  return (
    <>
      {facts.length > 0 ? <span className="call-table__line">{facts.join(' · ')}</span> : null}
      {result.summary ? (
        <span className="call-table__line muted" title={result.summary}>
          {result.summary}
        </span>
      ) : null}
    </>
  );
}

const CallRow = memo(function CallRow(props: {
  call: BatchViewRecipient;
  index: number;
  start: number;
  onOpen: (call: BatchViewRecipient) => void;
}) {
  const { call } = props;
  const { t } = useTranslation('monitor');
  const name = personName(call.person, call.phoneNumber, t);
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      className="call-table__row"
      data-call-id={call.id}
      style={{ transform: `translateY(${props.start}px)` }}
    >
      <div role="cell" className="call-table__person">
        <span className="call-table__line call-table__name">{name}</span>
        <span className="call-table__line muted">{personDetails(call.person, t)}</span>
      </div>
      <div role="cell" className="call-table__line">
        {call.phoneNumber ?? call.person?.phone_number ?? ''}
      </div>
      <div role="cell">
        <span className={`status-badge status-badge--${CALL_STATUS_TONES[call.status]}`}>
          {t(`callStatus.${call.status}`)}
        </span>
      </div>
      <div role="cell" className="call-table__outcome">
        <Outcome call={call} />
      </div>
      <div role="cell">
        {call.conversationId ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('calls.openWith', { name })}
            onClick={() => props.onOpen(call)}
          >
            {t('calls.open')}
          </button>
        ) : null}
      </div>
    </div>
  );
});

/** The batch's calls, one row each; only the rows on screen exist in the page. */
export function CallTable(props: {
  calls: readonly BatchViewRecipient[];
  /** How many calls the batch has, to tell "none yet" from "none match". */
  total: number;
  onOpen: (call: BatchViewRecipient) => void;
}) {
  const { calls } = props;
  const { t } = useTranslation('monitor');
  const scrollRef = useRef<HTMLDivElement>(null);
  // The warning is about React Compiler, which this app does not use; rows are memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => calls[index]?.id ?? index,
  });

  return (
    <div
      role="table"
      aria-label={t('calls.heading')}
      aria-rowcount={calls.length + 1}
      className="call-table"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="call-table__row call-table__head">
          <div role="columnheader">{t('calls.person')}</div>
          <div role="columnheader">{t('calls.number')}</div>
          <div role="columnheader">{t('calls.status')}</div>
          <div role="columnheader">{t('calls.outcome')}</div>
          <div role="columnheader">
            <span className="visually-hidden">{t('calls.call')}</span>
          </div>
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="call-table__body">
        {calls.length === 0 ? (
          <p className="call-table__empty">
            {props.total === 0 ? t('calls.none') : t('calls.noneMatch')}
          </p>
        ) : (
          <div className="call-table__sizer" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const call = calls[item.index];
              return call ? (
                <CallRow
                  key={item.key}
                  call={call}
                  index={item.index}
                  start={item.start}
                  onOpen={props.onOpen}
                />
              ) : null;
            })}
          </div>
        )}
      </div>
    </div>
  );
}
