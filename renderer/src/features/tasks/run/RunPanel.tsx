import { useEffect, useRef } from 'react';
import { isRunActive, type TaskIssue } from '../../../../../shared/domain/tasks';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useTask } from '../editor/task-session-context';
import { describeProgress, RUN_STATE_LABELS, RUN_STATE_TONES } from '../task-format';
import { RunDetails } from './RunDetails';
import { StatusBadge } from './StatusBadge';
import { useRunActions } from './use-run-actions';

/** What keeps the task from running, each said plainly; Run stays off until none is left. */
function Blockers(props: { issues: readonly TaskIssue[] }) {
  if (props.issues.length === 0) return null;
  return (
    <div className="run-blockers" role="region" aria-label="Before this task can run">
      <p className="run-blockers__title">Before this task can run:</p>
      <ul className="problem-list">
        {props.issues.map((issue, index) => (
          <li key={index}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Runs the task and follows the run live: which place is called and how each call went, the
 * go-ahead for the next place when the task asks for it, Stop at any time, and how it ended.
 */
export function RunPanel(props: { issues: readonly TaskIssue[]; checking: boolean }) {
  const latest = useTask((state) => state.runs.at(-1));
  const { busy, error, act } = useRunActions();
  const active = latest !== undefined && isRunActive(latest);
  const blocked = props.issues.length > 0 || props.checking;
  const advance = useTask((state) => state.content.advance);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasActive = useRef(active);

  useEffect(() => {
    if (wasActive.current === active) return;
    wasActive.current = active;
    // Run gives way to Stop and back; focus goes to the panel rather than dropping to the page,
    // and not onto Run, where a stray Enter would place calls.
    if (document.activeElement === document.body) heading.current?.focus();
  }, [active]);

  return (
    <section className="card run-panel" aria-labelledby="run-heading">
      <div className="run-panel__header">
        <h2 id="run-heading" ref={heading} tabIndex={-1}>
          {latest ? 'Latest run' : 'Run'}
        </h2>
        {latest ? (
          <StatusBadge tone={RUN_STATE_TONES[latest.state]}>
            {RUN_STATE_LABELS[latest.state]}
          </StatusBadge>
        ) : null}
      </div>
      {active ? (
        <>
          <p className="run-panel__progress" role="status">
            {describeProgress(latest)}
          </p>
          <p className="hint">Changes you make now apply to the next run.</p>
          <div className="row">
            {latest.state === 'awaiting_confirmation' ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => void act('continue')}
              >
                {busy === 'continue' ? 'Calling…' : 'Call the next place'}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--danger-outline"
              disabled={busy === 'stop'}
              onClick={() => void act('stop')}
            >
              {busy === 'stop' ? 'Stopping…' : 'Stop'}
            </button>
          </div>
        </>
      ) : (
        <>
          <Blockers issues={props.issues} />
          <div className="row">
            <button
              type="button"
              className="button button--primary"
              disabled={blocked || busy !== null}
              onClick={() => void act('run')}
            >
              {busy === 'run' ? 'Starting…' : 'Run task'}
            </button>
            <span className="hint">
              {props.checking
                ? 'Checking what the agent needs…'
                : advance === 'confirm'
                  ? 'Calls the first place; asks you before each next one.'
                  : 'Calls the places in order until one can help.'}
            </span>
          </div>
        </>
      )}
      <ErrorNotice error={error} />
      {latest ? <RunDetails run={latest} /> : null}
    </section>
  );
}
