import type { StatusTone } from '../../monitor/monitor-format';

export function StatusBadge(props: { tone: StatusTone; children: string }) {
  return <span className={`status-badge status-badge--${props.tone}`}>{props.children}</span>;
}
