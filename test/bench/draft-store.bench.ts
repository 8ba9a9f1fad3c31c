// Draft store: how long an autosave of a 100k-recipient draft takes compared with merely
// serialising its recipients (target: at most 2×), and how long opening it takes after a restart.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftStore } from '../../electron/main/services/drafts/draft-store';
import { sampleContent, sampleRecipients } from '../services/drafts/draft-fixtures';
import type { BenchmarkResult } from './run';
import { median, timed } from './support/figures';

const RECIPIENTS = 100_000;
const SAVES = 9;
const LOADS = 3;

export async function run(): Promise<BenchmarkResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'callsheet-bench-drafts-'));
  const directory = join(root, 'drafts');
  try {
    const recipients = sampleRecipients(RECIPIENTS);
    const content = sampleContent({ recipients });
    const store = createDraftStore({ directory });
    const { id } = store.create('Benchmark');
    let revision = 0;
    const save = () => {
      revision = store.save(id, revision, content).revision;
    };
    const stringify = () => void JSON.stringify(recipients);

    // Warm up the JIT and the file before measuring.
    for (let i = 0; i < 2; i++) {
      stringify();
      save();
    }
    const saves: number[] = [];
    const stringifies: number[] = [];
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < SAVES; i++) {
      stringifies.push(timed(stringify).ms);
      saves.push(timed(save).ms);
    }

    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A new store is an app restart: nothing is cached, the file is read and checked.
      const restarted = createDraftStore({ directory });
      loads.push(timed(() => void restarted.get(id)).ms);
    }

    const saveMs = median(saves);
    const stringifyMs = median(stringifies);
    const fileBytes = statSync(join(directory, `${id}.json`)).size;
    return [
      {
        name: `draft store: autosave and load of a ${RECIPIENTS / 1000}k-recipient draft`,
        figures: [
          { label: 'save (median)', value: saveMs, unit: 'ms' },
          { label: 'JSON.stringify of its recipients (median)', value: stringifyMs, unit: 'ms' },
          { label: 'save / stringify (target ≤ 2)', value: saveMs / stringifyMs, unit: '×' },
          {
            label: 'fastest save / fastest stringify (least disturbed by other load)',
            value: Math.min(...saves) / Math.min(...stringifies),
            unit: '×',
          },
          { label: 'save (slowest)', value: Math.max(...saves), unit: 'ms' },
          { label: 'load after restart (median)', value: median(loads), unit: 'ms' },
          { label: 'file size', value: fileBytes / 1024 / 1024, unit: 'MiB' },
        ],
        notes: [
          `${SAVES} saves and stringifies interleaved after 2 warm-up rounds; ${LOADS} loads. Figures vary with other load on the machine.`,
          'Save includes writing the temporary file, fsync and rename; load includes the zod check.',
        ],
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
