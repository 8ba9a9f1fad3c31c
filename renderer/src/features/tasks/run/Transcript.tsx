import { useTranslation } from 'react-i18next';
import type { TranscriptTurn } from '../../../../../shared/domain/calls/conversation';
import { formatDuration } from '../../monitor/monitor-format';

/** What was said on one call, turn by turn. */
export function Transcript(props: { turns: readonly TranscriptTurn[]; callee: string }) {
  const { t } = useTranslation('tasks');
  return (
    <ol className="transcript">
      {props.turns.map((turn, index) => (
        <li key={index} className={`transcript__turn transcript__turn--${turn.role}`}>
          <span className="transcript__who">
            {turn.role === 'agent' ? t('attempt.agent') : props.callee}
            <span className="transcript__time"> {formatDuration(turn.atSeconds)}</span>
          </span>
          <p className="transcript__message">{turn.message}</p>
        </li>
      ))}
    </ol>
  );
}
