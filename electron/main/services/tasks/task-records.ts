import {
  successfulAttempt,
  TASK_NAME_MAX,
  type CallTask,
  type TaskContent,
  type TaskRun,
  type TaskSummary,
} from '../../../../shared/domain/tasks';
import { copyName } from '../drafts/draft-records';
import type { RecordNoun } from '../records/record-errors';

export const TASK: RecordNoun = { one: 'task', many: 'tasks' };

/** The name a task gets when the UI gives none (the UI names new tasks in its language). */
export const DEFAULT_TASK_NAME = 'Untitled task';

/** A new task: nothing chosen yet, Polish numbers by default, moving on without asking. */
export function newTaskContent(name: string = DEFAULT_TASK_NAME): TaskContent {
  return {
    name,
    notes: '',
    agent: null,
    phoneNumber: null,
    defaultCountry: 'PL',
    places: [],
    advance: 'automatic',
    bindings: {},
  };
}

/** "Haircut" + " (copy)" → "Haircut (copy)" (see copyName). */
export function taskCopyName(name: string, suffix: string): string {
  return copyName(name, suffix, TASK_NAME_MAX);
}

/** Only the latest run can still be going. */
export function latestRun(task: Pick<CallTask, 'runs'>): TaskRun | undefined {
  return task.runs[task.runs.length - 1];
}

export function summarizeTask(task: CallTask): TaskSummary {
  const run = latestRun(task);
  return {
    id: task.id,
    name: task.name,
    updatedAt: task.updatedAt,
    placeCount: task.places.length,
    agentName: task.agent?.name ?? null,
    lastRun: run
      ? {
          state: run.state,
          startedAt: run.startedAt,
          endedAt: run.endedAt,
          calls: run.attempts.length,
          succeededAt: successfulAttempt(run)?.placeName ?? null,
        }
      : null,
  };
}
