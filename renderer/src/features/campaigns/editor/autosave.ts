import type { AppErrorShape } from '../../../../../shared/contract';
import { toAppError } from '../../../api/callsheet';

export type SaveStatus =
  | { kind: 'saved'; at: number }
  /** Edits are waiting for typing to pause, or a save is on its way. */
  | { kind: 'saving' }
  | { kind: 'retrying'; error: AppErrorShape }
  /** Someone else saved this record since it was opened; saving here would overwrite that. */
  | { kind: 'conflict'; error: AppErrorShape };

const AUTOSAVE_DELAY_MS = 700;
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

export interface Autosave {
  /** Something was edited: save it once editing pauses. */
  changed(): void;
  /** Saves pending edits now (leaving the editor, closing the window). */
  flush(): Promise<void>;
}

// Saves started by editors that are closing, so a list (campaigns, tasks) can wait for them and
// show what was just saved rather than the version before it.
const closingSaves = new Set<Promise<void>>();

export function whenEditorsSaved(): Promise<void> {
  return Promise.all(closingSaves).then(() => undefined);
}

/** Flushes when the editor closes; the promise is tracked for whenEditorsSaved. */
export function flushOnClose(autosave: Autosave): void {
  const saving = autosave.flush().finally(() => closingSaves.delete(saving));
  closingSaves.add(saving);
}

/** What one save answers: the new revision, which the next save is based on. */
export interface SavedRevision {
  revision: number;
  updatedAt: number;
}

/**
 * Saves the whole record (a campaign draft, a task) a moment after each pause in editing, one
 * save at a time, each based on the revision the previous one produced. Failures are retried
 * with growing pauses; a conflict stops saving, because only the user can decide whose version
 * wins.
 */
export function createAutosave(options: {
  revision: number;
  /** Saves everything as it is now, based on `baseRevision`; throws as `request` does. */
  save: (baseRevision: number) => Promise<SavedRevision>;
  onStatus: (status: SaveStatus) => void;
}): Autosave {
  let revision = options.revision;
  let edits = 0;
  let savedEdits = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let conflict = false;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const saveOnce = async () => {
    const target = edits;
    options.onStatus({ kind: 'saving' });
    try {
      const saved = await options.save(revision);
      revision = saved.revision;
      savedEdits = target;
      failures = 0;
      if (edits === savedEdits) options.onStatus({ kind: 'saved', at: saved.updatedAt });
    } catch (reason) {
      const error = toAppError(reason);
      if (error.code === 'conflict') {
        conflict = true;
        clearTimeout(timer);
        options.onStatus({ kind: 'conflict', error });
        return;
      }
      options.onStatus({ kind: 'retrying', error });
      schedule(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] ?? 30_000);
      failures++;
    }
  };

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    if (inFlight) {
      await inFlight;
      // Edits made while that save was on its way still need one.
      if (edits !== savedEdits && !conflict && failures === 0) return flush();
      return;
    }
    if (edits === savedEdits || conflict) return;
    inFlight = saveOnce();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  };

  return {
    changed() {
      if (conflict) return;
      edits++;
      if (failures === 0) options.onStatus({ kind: 'saving' });
      schedule(AUTOSAVE_DELAY_MS);
    },
    flush,
  };
}
