import type { BatchSummary } from '../../../../shared/domain/calls/batch';
import { number } from './monitor-format';

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, (part / whole) * 100) : 0;
}

/** Calls finished, and started so far, out of all the batch will make: a bar and the numbers. */
export function BatchProgress(props: { batch: BatchSummary; label: string }) {
  const { dispatched, scheduled, finished } = props.batch;
  const text = `${number.format(finished)} of ${number.format(scheduled)} calls finished, ${number.format(dispatched)} started`;
  return (
    <div className="batch-progress">
      <div
        className="batch-progress__bar"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={scheduled}
        aria-valuenow={finished}
        aria-valuetext={text}
      >
        <span
          className="batch-progress__started"
          style={{ width: `${percent(dispatched, scheduled)}%` }}
        />
        <span
          className="batch-progress__finished"
          style={{ width: `${percent(finished, scheduled)}%` }}
        />
      </div>
      <p className="batch-progress__numbers" aria-hidden="true">
        <strong>{number.format(finished)}</strong> of {number.format(scheduled)} finished ·{' '}
        <strong>{number.format(dispatched)}</strong> started
      </p>
    </div>
  );
}
