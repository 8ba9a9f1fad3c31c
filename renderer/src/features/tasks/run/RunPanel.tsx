import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isRunActive, type TaskIssue } from '../../../../../shared/domain/tasks';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useIssueWords } from '../../recipients/issue-text';
import { useTask } from '../editor/task-session-context';
import { describeIssue, describeProgress, RUN_STATE_TONES } from '../task-format';
import { RunDetails } from './RunDetails';
import { StatusBadge } from './StatusBadge';
import { useRunActions } from './use-run-actions';

/** What keeps the task from running, each said plainly; Run stays off until none is left. */
function Blockers(props: { issues: readonly TaskIssue[] }) {
  const { t } = useTranslation('tasks');
  const words = useIssueWords();
  if (props.issues.length === 0) return null;
  return (
    <div className="run-blockers" role="region" aria-label={t('run.blockersLabel')}>
      <p className="run-blockers__title">{t('run.blockers')}</p>
      <ul className="problem-list">
        {props.issues.map((issue, index) => (
          <li key={index}>{describeIssue(issue, t, words.issue)}</li>
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
  const { t } = useTranslation('tasks');
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
          {latest ? t('run.latest') : t('run.heading')}
        </h2>
        {latest ? (
          <StatusBadge tone={RUN_STATE_TONES[latest.state]}>
            {t(`runState.${latest.state}`)}
          </StatusBadge>
        ) : null}
      </div>
      {active ? (
        <>
          <p className="run-panel__progress" role="status">
            {describeProgress(latest, t)}
          </p>
          <p className="hint">{t('run.changesApplyNext')}</p>
          <div className="row">
            {latest.state === 'awaiting_confirmation' ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => void act('continue')}
              >
                {busy === 'continue' ? t('run.calling') : t('run.continue')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--danger-outline"
              disabled={busy === 'stop'}
              onClick={() => void act('stop')}
            >
              {busy === 'stop' ? t('run.stopping') : t('run.stop')}
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
              {busy === 'run' ? t('run.starting') : t('run.run')}
            </button>
            <span className="hint">
              {props.checking
                ? t('run.checking')
                : advance === 'confirm'
                  ? t('run.confirmHint')
                  : t('run.automaticHint')}
            </span>
          </div>
        </>
      )}
      <ErrorNotice error={error} />
      {latest ? <RunDetails run={latest} /> : null}
    </section>
  );
}
