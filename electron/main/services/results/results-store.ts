import { createHash } from 'node:crypto';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import { z } from 'zod';
import { BatchDetailsSchema } from '../../../../shared/domain/calls/batch';
import { CallResultSchema } from '../../../../shared/domain/results';

const FORMAT = 1;

const SavedBatchSchema = z.object({
  batch: BatchDetailsSchema,
  /** By conversation id; only calls that are over, so an entry never changes once saved. */
  results: z.record(z.string(), CallResultSchema),
  /** When ElevenLabs last answered for this batch (ms since the epoch). */
  fetchedAt: z.number().int(),
  /** The batch finished and every result was fetched: nothing about it will change any more. */
  final: z.boolean(),
});
export type SavedBatch = z.infer<typeof SavedBatchSchema>;

/** conf re-reads the whole file before each write to carry this key over, unless it is given. */
const CONF_INTERNAL_KEY = '__internal__';

type ResultsFile = SavedBatch & {
  format: typeof FORMAT;
  [CONF_INTERNAL_KEY]?: Record<string, never>;
};

/**
 * What Callsheet last learnt of each batch, one file per batch in `<dataDir>/results/`, so batch
 * views and exports work offline once fetched. A cache: losing a file costs a refetch, so an
 * unreadable one is moved aside and a failed write is reported, never thrown.
 */
export interface ResultsStore {
  read(batchId: string): SavedBatch | null;
  write(batchId: string, saved: SavedBatch): void;
}

export interface ResultsStoreOptions {
  directory: string;
  /** Told about files set aside and writes that failed (the diagnostics log). */
  report: (message: string) => void;
  now?: () => number;
}

/** Batch ids come from ElevenLabs; anything not plainly safe as a file name is hashed. */
function fileNameFor(batchId: string): string {
  return /^[A-Za-z0-9_-]{1,100}$/.test(batchId)
    ? batchId
    : `batch-${createHash('sha256').update(batchId).digest('hex').slice(0, 32)}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createResultsStore(options: ResultsStoreOptions): ResultsStore {
  const { directory, report } = options;
  const now = options.now ?? Date.now;
  const stores = new Map<string, ElectronStore<ResultsFile>>();
  const known = new Map<string, SavedBatch | null>();

  /** What the store last parsed: opening one reads the file, so it is not read twice. */
  let lastRead: unknown;
  const open = (name: string) =>
    new ElectronStore<ResultsFile>({
      cwd: directory,
      name,
      // Compact: these files hold every call of a batch and are rewritten while it runs.
      serialize: (value) => JSON.stringify(value),
      deserialize: (text) => (lastRead = JSON.parse(text)) as ResultsFile,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      // They hold people's phone numbers and what they said.
      configFileMode: 0o600,
    });

  const setAside = (name: string, why: string) => {
    const corrupt = join(directory, 'corrupt');
    const movedTo = join(
      corrupt,
      `${name}-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.json`,
    );
    try {
      mkdirSync(corrupt, { recursive: true });
      renameSync(join(directory, `${name}.json`), movedTo);
      report(`Saved results ${name}.json could not be read (${why}); moved to ${movedTo}.`);
    } catch (error) {
      report(`Saved results ${name}.json could not be read (${why}) or moved: ${describe(error)}`);
    }
  };

  const load = (name: string): SavedBatch | null => {
    lastRead = undefined;
    try {
      stores.set(name, open(name));
    } catch (error) {
      setAside(name, describe(error));
      return null;
    }
    const data = lastRead;
    lastRead = undefined;
    if (data === undefined) return null;
    // Parsing the saved batch leaves out the file's own bookkeeping (format, conf's key).
    const parsed = SavedBatchSchema.safeParse(data);
    const format = typeof data === 'object' && data !== null && 'format' in data && data.format;
    if (format !== FORMAT || !parsed.success) {
      stores.delete(name);
      setAside(name, 'it is not in the expected format');
      return null;
    }
    return parsed.data;
  };

  return {
    read(batchId) {
      const name = fileNameFor(batchId);
      if (!known.has(name)) known.set(name, load(name));
      return known.get(name) ?? null;
    },
    write(batchId, saved) {
      const name = fileNameFor(batchId);
      known.set(name, saved);
      try {
        let store = stores.get(name);
        if (!store) {
          mkdirSync(directory, { recursive: true });
          store = open(name);
          stores.set(name, store);
        }
        store.store = { format: FORMAT, ...saved, [CONF_INTERNAL_KEY]: {} };
      } catch (error) {
        // Kept in memory all the same; the next write tries the disk again.
        report(`Could not save the results of batch ${batchId}: ${describe(error)}`);
      }
    },
  };
}
