import { useState } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract';
import { request, toAppError } from '../../../api/callsheet';
import { useTaskSession } from '../editor/task-session-context';

type RunAction = 'run' | 'continue' | 'stop';

const CHANNELS = { run: 'runTask', continue: 'continueTask', stop: 'stopTask' } as const;

/**
 * Run, go on and stop, each saying when it is under way and why it failed. The run's progress
 * itself arrives as taskUpdated events, so the answers are not needed here.
 */
export function useRunActions() {
  const { store, flush } = useTaskSession();
  const [busy, setBusy] = useState<RunAction | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const act = async (action: RunAction) => {
    setBusy(action);
    setError(null);
    try {
      if (action === 'run') {
        // Main runs the task as saved, so the edits on screen must be saved first.
        await flush();
        const { save } = store.getState();
        if (save.kind === 'retrying' || save.kind === 'conflict') {
          setError({
            ...save.error,
            message: `Your latest changes are not saved, so the task cannot run yet. ${save.error.message}`,
          });
          return;
        }
      }
      await request(CHANNELS[action], { taskId: store.getState().id });
    } catch (reason) {
      setError(toAppError(reason));
    } finally {
      setBusy(null);
    }
  };

  return { busy, error, act };
}
