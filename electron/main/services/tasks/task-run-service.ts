import { randomUUID } from 'node:crypto';
import { interruptRun, isRunActive, startRun, type TaskRun } from '../../../../shared/domain/tasks';
import type { EventSink } from '../events';
import { systemScheduler, type Scheduler } from '../monitor/scheduler';
import type { WorkspaceService } from '../workspace/workspace-service';
import { alreadyRunning, neverRun, notRunning } from './task-errors';
import { latestRun } from './task-records';
import { planTaskRun } from './task-run-plan';
import { DEFAULT_POLL_INTERVAL_MS, startTaskRunner, type TaskRunner } from './task-runner';
import type { TaskStore } from './task-store';

export interface TaskRunServiceDeps {
  store: TaskStore;
  workspace: WorkspaceService;
  emit: EventSink;
  now: () => number;
  /** When to look at calls again; tests pass one they can move on. */
  scheduler?: Pick<Scheduler, 'after'>;
  pollIntervalMs?: number;
  newId?: () => string;
  /** Writes to the diagnostics log: failures that are Callsheet's own. */
  report(message: string): void;
}

const MAX_REPORTED_LENGTH = 300;

/** Runs tasks: one runner per running task, each recording every step in the task's file. */
export interface TaskRunService {
  /**
   * Checks the task, then calls its first place; resolves with the run once that call is
   * placed (or refused, which ends the run with the reason).
   */
  run(taskId: string): Promise<TaskRun>;
  /** Resolves with the run once the next place's call is placed (or refused). */
  continue(taskId: string): Promise<TaskRun>;
  /** Resolves with the stopped run; for a task that already ended, with how it ended. */
  stop(taskId: string): Promise<TaskRun>;
  /** Stops every runner, each run recorded as cut off by quitting. */
  dispose(): Promise<void>;
}

export function createTaskRunService(deps: TaskRunServiceDeps): TaskRunService {
  const { store, now } = deps;
  const newId = deps.newId ?? randomUUID;
  const runners = new Map<string, TaskRunner>();
  const starting = new Set<string>();

  const reportUnexpected = (error: unknown) => {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    deps.report(`A task run failed unexpectedly — ${what.slice(0, MAX_REPORTED_LENGTH)}`);
  };

  const record = (taskId: string, run: TaskRun) => {
    store.recordRun(taskId, run);
    deps.emit('taskUpdated', { taskId, run });
  };

  // Nothing runs yet, so a run still going on disk was cut off when Callsheet last closed or
  // crashed. It is shown as stopped, with a note, rather than silently resumed: calls placed
  // hours later could surprise the places and the user alike.
  const stopInterruptedRuns = () => {
    for (const summary of store.list().tasks) {
      if (!summary.lastRun || !isRunActive(summary.lastRun)) continue;
      const run = latestRun(store.get(summary.id));
      if (run) store.recordRun(summary.id, interruptRun(run, now()));
    }
  };
  try {
    stopInterruptedRuns();
  } catch (error) {
    // Callsheet must still start; the task concerned shows its last recorded state.
    reportUnexpected(error);
  }

  return {
    async run(taskId) {
      if (runners.has(taskId) || starting.has(taskId)) throw alreadyRunning();
      starting.add(taskId);
      try {
        const task = store.get(taskId);
        const gateway = deps.workspace.gateway();
        const plan = await planTaskRun(task, gateway);
        const run = startRun({
          id: newId(),
          now: now(),
          advance: task.advance,
          agent: plan.agent,
          phoneNumber: plan.phoneNumber,
          places: plan.places,
        });
        record(taskId, run);
        const runner = startTaskRunner({
          run,
          calls: plan.calls,
          gateway,
          scheduler: deps.scheduler ?? systemScheduler,
          pollIntervalMs: deps.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
          now,
          record: (next) => record(taskId, next),
          onUnexpectedError: reportUnexpected,
        });
        runners.set(taskId, runner);
        void runner.finished.then(() => {
          if (runners.get(taskId) === runner) runners.delete(taskId);
        });
        return runner.whenIdle();
      } finally {
        starting.delete(taskId);
      }
    },

    async continue(taskId) {
      const runner = runners.get(taskId);
      if (!runner) throw notRunning();
      return runner.continue();
    },

    async stop(taskId) {
      const runner = runners.get(taskId);
      if (runner) return runner.stop();
      // Stopping twice, or after the run ended on its own, is not an error: it has stopped.
      const run = latestRun(store.get(taskId));
      if (!run) throw neverRun();
      return run;
    },

    async dispose() {
      await Promise.all([...runners.values()].map((runner) => runner.halt()));
    },
  };
}
