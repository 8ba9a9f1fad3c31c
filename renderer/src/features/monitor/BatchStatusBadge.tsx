import type { BatchStatus } from '../../../../shared/domain/calls/batch';
import { BATCH_STATUS_LABELS, BATCH_STATUS_TONES } from './monitor-format';

export function BatchStatusBadge(props: { status: BatchStatus }) {
  return (
    <span className={`status-badge status-badge--${BATCH_STATUS_TONES[props.status]}`}>
      {BATCH_STATUS_LABELS[props.status]}
    </span>
  );
}
