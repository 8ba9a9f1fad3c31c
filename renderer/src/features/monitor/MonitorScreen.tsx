import { EmptyState } from '../../ui/EmptyState';

export function MonitorScreen() {
  return (
    <>
      <header className="screen-header">
        <h1>Monitor</h1>
      </header>
      <EmptyState title="Nothing is running">
        <p>
          Launched campaigns appear here with live progress — who was called, who answered and who
          booked.
        </p>
      </EmptyState>
    </>
  );
}
