import type { CallTask, TaskContent } from '../../../../shared/domain/tasks';

/** What the user edits of a task, without its bookkeeping and its history of runs. */
export function taskContentOf(task: CallTask): TaskContent {
  const { name, notes, agent, phoneNumber, defaultCountry, places, advance, bindings } = task;
  return { name, notes, agent, phoneNumber, defaultCountry, places, advance, bindings };
}
