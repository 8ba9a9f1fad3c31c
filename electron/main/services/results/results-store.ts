import { z } from 'zod';
import { BatchDetailsSchema } from '../../../../shared/domain/calls/batch';
import { CallResultSchema } from '../../../../shared/domain/results';
import type { RecordProblem } from '../records/record-collection';
import type { RecordNoun } from '../records/record-errors';
import { createRecordCache } from './cache-records';

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

const ResultsFileSchema = SavedBatchSchema.extend({ format: z.literal(FORMAT) });
type ResultsFile = z.infer<typeof ResultsFileSchema>;

const BATCH_RESULTS: RecordNoun = { one: 'batch result', many: 'batch results' };

/**
 * What Callsheet last learnt of each batch, one file per batch in `<dataDir>/results/`, so batch
 * views and exports work offline once fetched. Kept in memory once read.
 */
export interface ResultsStore {
  read(batchId: string): SavedBatch | null;
  write(batchId: string, saved: SavedBatch): void;
  /** Files found unreadable since the app started, each moved aside. */
  problems(): RecordProblem[];
}

export interface ResultsStoreOptions {
  directory: string;
  /** Told about files set aside and writes that failed (the diagnostics log). */
  report: (message: string) => void;
  now?: () => number;
}

export function createResultsStore(options: ResultsStoreOptions): ResultsStore {
  const files = createRecordCache<SavedBatch, ResultsFile>({
    directory: options.directory,
    noun: BATCH_RESULTS,
    now: options.now ?? Date.now,
    report: options.report,
    fileSchema: ResultsFileSchema,
    // The end of the file (fetchedAt, final) is what a short write would lose.
    toFile: ({ batch, results, fetchedAt, final }) => ({
      format: FORMAT,
      batch,
      results,
      fetchedAt,
      final,
    }),
    fromFile: ({ format: _format, ...saved }) => saved,
    idOf: (saved) => saved.batch.id,
    nameOf: (saved) => saved.batch.name,
    // A running batch's file is rewritten at every change.
    keepOpen: true,
  });
  const known = new Map<string, SavedBatch | null>();

  return {
    read(batchId) {
      if (!known.has(batchId)) known.set(batchId, files.read(batchId));
      return known.get(batchId) ?? null;
    },
    write(batchId, saved) {
      // Kept in memory even when the disk refuses it; the next write tries the disk again.
      known.set(batchId, saved);
      files.write(batchId, saved);
    },
    problems: () => files.problems(),
  };
}
