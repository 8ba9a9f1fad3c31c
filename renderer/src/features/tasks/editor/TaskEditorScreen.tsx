import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import { checkTask } from '../../../../../shared/domain/tasks';
import { toAppError } from '../../../api/callsheet';
import { useNavigation } from '../../../app/navigation-store';
import { ConflictNotice } from '../../../ui/ConflictNotice';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { CallerSetup } from '../../campaigns/editor/CallerSetup';
import { useAgentDetails } from '../../campaigns/editor/use-agent-details';
import { useWorkspace } from '../../workspace/workspace-store';
import { RunHistory } from '../run/RunHistory';
import { RunPanel } from '../run/RunPanel';
import { AdvanceChoice } from './AdvanceChoice';
import { NotesField } from './NotesField';
import { PlacesEditor } from './PlacesEditor';
import { TaskHeader } from './TaskHeader';
import { openTaskSession, type TaskSession } from './task-session';
import { TaskSessionProvider, useTask } from './task-session-context';
import { TaskVariableTable } from './TaskVariableTable';

function TaskEditor(props: { onReload: () => void }) {
  const content = useTask((state) => state.content);
  const save = useTask((state) => state.save);
  const update = useTask((state) => state.update);
  const connected = useWorkspace((state) => (state.status?.mode ?? 'none') !== 'none');
  const agentId = content.agent?.id ?? null;
  const agent = useAgentDetails(agentId, connected);
  const { t } = useTranslation('tasks');
  // Checked as main will check it before the first call, so Run is only offered when it can go.
  const issues = checkTask(content, agent.details ?? undefined);
  const checking = agentId !== null && connected && agent.details === null && agent.error === null;

  return (
    <div className="task-editor">
      <TaskHeader />
      {save.kind === 'conflict' ? <ConflictNotice kind="task" onReload={props.onReload} /> : null}
      <RunPanel issues={issues} checking={checking} />
      <section className="card" aria-labelledby="task-notes">
        <h2 id="task-notes">{t('editor.notes')}</h2>
        <NotesField />
      </section>
      <section className="card" aria-labelledby="task-caller">
        <h2 id="task-caller">{t('editor.caller')}</h2>
        <CallerSetup
          agent={content.agent}
          phoneNumber={content.phoneNumber}
          onChange={update}
          agentVariables={agent.details?.variables ?? []}
          agentError={agent.error}
          readOnly={false}
        />
        <AdvanceChoice />
      </section>
      <section className="card" aria-labelledby="task-places">
        <h2 id="task-places">{t('editor.places')}</h2>
        <PlacesEditor agent={agent.details} issues={issues} />
      </section>
      <section className="card" aria-labelledby="task-values">
        <h2 id="task-values">{t('editor.values')}</h2>
        <TaskVariableTable agent={agent.details} agentChosen={agentId !== null} />
      </section>
      <RunHistory />
    </div>
  );
}

type Opening =
  | { kind: 'loading' }
  | { kind: 'ready'; session: TaskSession }
  | { kind: 'failed'; error: AppErrorShape };

/** Opens one task for editing and running; closing it (any navigation) saves what is pending. */
export function TaskEditorScreen(props: { taskId: string }) {
  const [opening, setOpening] = useState<Opening>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const closeTask = useNavigation((state) => state.closeTask);
  const { t } = useTranslation('tasks');

  useEffect(() => {
    let cancelled = false;
    let session: TaskSession | null = null;
    openTaskSession(props.taskId)
      .then((opened) => {
        if (cancelled) {
          opened.close();
          return;
        }
        session = opened;
        setOpening({ kind: 'ready', session: opened });
      })
      .catch((reason: unknown) => {
        if (!cancelled) setOpening({ kind: 'failed', error: toAppError(reason) });
      });
    return () => {
      cancelled = true;
      session?.close();
    };
  }, [props.taskId, attempt]);

  const reload = () => {
    setOpening({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };

  if (opening.kind === 'loading') return <p className="muted">{t('editor.opening')}</p>;
  if (opening.kind === 'failed') {
    return (
      <>
        <ErrorNotice error={opening.error} onRetry={reload} />
        <button type="button" className="button" onClick={closeTask}>
          {t('editor.backToAll')}
        </button>
      </>
    );
  }
  return (
    <TaskSessionProvider session={opening.session}>
      <TaskEditor key={attempt} onReload={reload} />
    </TaskSessionProvider>
  );
}
