import { useTranslation } from 'react-i18next';
import type { BatchStatus } from '../../../../shared/domain/calls/batch';
import { BATCH_STATUS_TONES } from './monitor-format';

export function BatchStatusBadge(props: { status: BatchStatus }) {
  const { t } = useTranslation('monitor');
  return (
    <span className={`status-badge status-badge--${BATCH_STATUS_TONES[props.status]}`}>
      {t(`batchStatus.${props.status}`)}
    </span>
  );
}
