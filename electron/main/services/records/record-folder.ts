import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Ids name files, so they are restricted to what is safe in a file name on every system: no
 * dots or separators (nothing can point outside the folder), lower case only (so two ids never
 * name the same file on a case-insensitive disk).
 */
const RECORD_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function isRecordId(id: string): boolean {
  return RECORD_ID.test(id);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a deleted record stays restorable. */
export const BIN_RETENTION_MS = 30 * DAY_MS;

/** What electron-store's atomic writer leaves behind when it is killed mid-write. */
const INTERRUPTED_WRITE = /\.json\.tmp-[0-9a-f]+$/;

export type RestoreOutcome = 'restored' | 'not_in_bin' | 'already_restored';

/**
 * A records folder (drafts, tasks, saved results): `<id>.json` per record, `bin/` for deleted
 * records (restorable until they are purged) and `corrupt/` for files that could not be read,
 * kept for the user.
 */
export interface RecordFolder {
  readonly directory: string;
  /** Ids of the record files present, in no particular order. */
  ids(): string[];
  moveToBin(id: string, now: number): void;
  restoreFromBin(id: string): RestoreOutcome;
  /** Moves a file that could not be read out of the way, and says where it went. */
  moveAside(path: string, now: number): string;
  removeInterruptedWrites(): void;
  emptyBinBefore(cutoff: number): void;
}

function timestampForFileName(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

export function createRecordFolder(directory: string): RecordFolder {
  const binDirectory = join(directory, 'bin');
  const corruptDirectory = join(directory, 'corrupt');
  mkdirSync(directory, { recursive: true });

  const recordPath = (id: string) => join(directory, `${id}.json`);
  const binPath = (id: string) => join(binDirectory, `${id}.json`);

  return {
    directory,
    ids() {
      return readdirSync(directory)
        .filter((entry) => entry.endsWith('.json'))
        .map((entry) => entry.slice(0, -'.json'.length))
        .filter(isRecordId);
    },
    moveToBin(id, now) {
      mkdirSync(binDirectory, { recursive: true });
      renameSync(recordPath(id), binPath(id));
      // The modification time becomes the deletion time, which decides when the bin lets it go;
      // the draft keeps its own updatedAt inside.
      const seconds = now / 1000;
      utimesSync(binPath(id), seconds, seconds);
    },
    restoreFromBin(id) {
      // Checked first, so undoing twice finds the draft back in place rather than an error.
      if (existsSync(recordPath(id))) return 'already_restored';
      if (!existsSync(binPath(id))) return 'not_in_bin';
      renameSync(binPath(id), recordPath(id));
      return 'restored';
    },
    moveAside(path, now) {
      mkdirSync(corruptDirectory, { recursive: true });
      const name = basename(path, '.json');
      const stamp = timestampForFileName(now);
      let target = join(corruptDirectory, `${name}-${stamp}.json`);
      for (let n = 2; existsSync(target); n++) {
        target = join(corruptDirectory, `${name}-${stamp}-${n}.json`);
      }
      renameSync(path, target);
      return target;
    },
    removeInterruptedWrites() {
      // Only one Callsheet runs at a time (single-instance lock) and writes are synchronous, so
      // at start-up every temporary file belongs to a write that never finished.
      for (const entry of readdirSync(directory)) {
        if (INTERRUPTED_WRITE.test(entry)) rmSync(join(directory, entry), { force: true });
      }
    },
    emptyBinBefore(cutoff) {
      if (!existsSync(binDirectory)) return;
      for (const entry of readdirSync(binDirectory)) {
        const path = join(binDirectory, entry);
        const stats = statSync(path, { throwIfNoEntry: false });
        if (stats?.isFile() && entry.endsWith('.json') && stats.mtimeMs < cutoff) {
          rmSync(path, { force: true });
        }
      }
    },
  };
}
