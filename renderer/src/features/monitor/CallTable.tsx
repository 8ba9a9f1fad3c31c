import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import {
  CALL_STATUS_LABELS,
  CALL_SUCCESS_LABELS,
  type BatchViewRecipient,
} from '../../../../shared/domain/results';
import { CALL_STATUS_TONES, formatDuration, personDetails, personName } from './monitor-format';

const ROW_HEIGHT = 56;

function Outcome(props: { call: BatchViewRecipient }) {
  const { status, result } = props.call;
  if (!result) return <span className="muted">–</span>;
  // A call nobody answered has no verdict or length worth showing; its summary says why.
  const answered = status === 'completed';
  const facts = [
    answered && result.callSuccessful
      ? `Successful: ${CALL_SUCCESS_LABELS[result.callSuccessful]}`
      : '',
    result.durationSeconds ? formatDuration(result.durationSeconds) : '',
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
  const name = personName(call.person, call.phoneNumber);
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
        <span className="call-table__line muted">{personDetails(call.person)}</span>
      </div>
      <div role="cell" className="call-table__line">
        {call.phoneNumber ?? call.person?.phone_number ?? ''}
      </div>
      <div role="cell">
        <span className={`status-badge status-badge--${CALL_STATUS_TONES[call.status]}`}>
          {CALL_STATUS_LABELS[call.status]}
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
            aria-label={`Open the call with ${name}`}
            onClick={() => props.onOpen(call)}
          >
            Open call
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
    <div role="table" aria-label="Calls" aria-rowcount={calls.length + 1} className="call-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="call-table__row call-table__head">
          <div role="columnheader">Person</div>
          <div role="columnheader">Number</div>
          <div role="columnheader">Status</div>
          <div role="columnheader">Outcome</div>
          <div role="columnheader">
            <span className="visually-hidden">Call</span>
          </div>
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="call-table__body">
        {calls.length === 0 ? (
          <p className="call-table__empty">
            {props.total === 0
              ? 'This batch has no calls.'
              : 'No calls match. Change the search or the status to see more.'}
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
