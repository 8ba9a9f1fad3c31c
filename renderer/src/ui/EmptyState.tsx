import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <h2>{props.title}</h2>
      <div className="empty-state__body">{props.children}</div>
      {props.actions ? <div className="empty-state__actions">{props.actions}</div> : null}
    </section>
  );
}
