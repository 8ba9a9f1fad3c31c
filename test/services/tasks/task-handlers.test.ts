import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  errorOf,
  NOTES,
  saveTask,
  startTaskApp,
  taskContent,
  valueOf,
  type TaskApp,
} from './task-app';

let taskApp: TaskApp;
let tasksDir: string;

beforeEach(async () => {
  taskApp = await startTaskApp();
  tasksDir = join(taskApp.app.dataDir, 'tasks');
});

afterEach(async () => {
  await taskApp.app.close();
});

describe('call tasks through the handlers', () => {
  it('creates a task with sensible defaults, one private file per task', async () => {
    const { app } = taskApp;
    const task = valueOf(await app.call('createTask', { name: '  Haircut ' }));
    expect(task).toMatchObject({
      name: 'Haircut',
      notes: '',
      agent: null,
      phoneNumber: null,
      defaultCountry: 'PL',
      places: [],
      advance: 'automatic',
      bindings: {},
      runs: [],
      revision: 0,
    });
    expect(valueOf(await app.call('createTask', {})).name).toBe('Untitled task');
    const path = join(tasksDir, `${task.id}.json`);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      format: 1,
      task: { id: task.id },
    });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('autosaves against the revision the editor saw, refusing a stale save', async () => {
    const { app } = taskApp;
    const task = valueOf(await app.call('createTask', {}));
    const content = taskContent({ bindings: { _notes_for_agent_: 'notes' } });
    const saved = valueOf(await app.call('saveTask', { id: task.id, baseRevision: 0, content }));
    expect(saved.revision).toBe(1);
    expect(valueOf(await app.call('getTask', { id: task.id }))).toEqual({
      ...content,
      id: task.id,
      runs: [],
      createdAt: task.createdAt,
      updatedAt: saved.updatedAt,
      revision: 1,
    });

    const stale = errorOf(
      await app.call('saveTask', { id: task.id, baseRevision: 0, content: taskContent() }),
    );
    expect(stale).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/task was changed in another window/),
    });
  });

  it('refuses content the contract does not allow', async () => {
    const { app } = taskApp;
    const task = valueOf(await app.call('createTask', {}));
    const bad = await app.callRaw('saveTask', {
      id: task.id,
      baseRevision: 0,
      content: { ...taskContent(), advance: 'sometimes' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('duplicates without the history, deletes to the bin and restores', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    app.services.tasks.recordRun(task.id, {
      id: 'old-run',
      state: 'exhausted',
      advance: 'automatic',
      agent: { id: 'agent', name: 'Salon' },
      phoneNumber: { id: 'phnum', label: 'Salon', number: '+48223076512' },
      places: [],
      attempts: [],
      error: null,
      note: null,
      startedAt: 1,
      endedAt: 2,
    });

    const copy = valueOf(await app.call('duplicateTask', { id: task.id, copySuffix: ' (copia)' }));
    expect(copy).toMatchObject({ name: 'Haircut tomorrow (copia)', placeCount: 3, lastRun: null });
    expect(valueOf(await app.call('getTask', { id: copy.id }))).toMatchObject({
      notes: NOTES,
      runs: [],
      revision: 0,
    });

    const deleted = valueOf(await app.call('deleteTask', { id: task.id }));
    expect(deleted).toMatchObject({ id: task.id, lastRun: { state: 'exhausted' } });
    expect(valueOf(await app.call('listTasks', {})).tasks.map((t) => t.id)).toEqual([copy.id]);
    expect(existsSync(join(tasksDir, 'bin', `${task.id}.json`))).toBe(true);

    expect(valueOf(await app.call('restoreTask', { id: task.id }))).toEqual(deleted);
    expect(valueOf(await app.call('getTask', { id: task.id })).runs).toHaveLength(1);
    // Undoing twice finds it back in place; what was never in the bin cannot come back.
    expect(valueOf(await app.call('restoreTask', { id: task.id }))).toEqual(deleted);
    expect(errorOf(await app.call('restoreTask', { id: 'never-deleted' }))).toMatchObject({
      code: 'not_found',
      message: 'This task can no longer be restored: it is not in the bin any more.',
    });
  });

  it('moves a damaged task file aside and reports it, leaving the other tasks be', async () => {
    const { app } = taskApp;
    const damaged = await saveTask(app);
    const intact = await saveTask(app, { name: 'Dentist' });
    const path = join(tasksDir, `${damaged.id}.json`);
    writeFileSync(path, '{"format":1,"task":{"id":"');

    const { tasks, problems } = valueOf(await app.call('listTasks', {}));
    expect(tasks.map((task) => task.id)).toEqual([intact.id]);
    expect(problems).toEqual([
      {
        file: path,
        movedTo: expect.stringContaining(join(tasksDir, 'corrupt', damaged.id)),
        message: expect.stringMatching(
          /^A task file .* could not be opened .*other tasks are not affected/,
        ),
      },
    ]);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(problems[0]?.movedTo ?? '', 'utf8')).toBe('{"format":1,"task":{"id":"');
    expect(errorOf(await app.call('getTask', { id: damaged.id }))).toMatchObject({
      code: 'not_found',
      message: 'This task no longer exists. It may have been deleted in another window.',
    });

    // Still reported after a restart (the start-up check found it), and nothing else was lost.
    writeFileSync(join(tasksDir, `${intact.id}.json`), 'not json');
    await app.restart();
    const afterRestart = valueOf(await app.call('listTasks', {}));
    expect(afterRestart.tasks).toEqual([]);
    expect(afterRestart.problems).toHaveLength(1);
  });
});
