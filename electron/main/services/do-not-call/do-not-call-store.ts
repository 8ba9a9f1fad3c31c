import ElectronStore from 'electron-store';
import { z } from 'zod';
import {
  DoNotCallEntrySchema,
  mergeDoNotCall,
  type DoNotCallAddition,
  type DoNotCallEntry,
  type DoNotCallMerge,
} from '../../../../shared/domain/launch';

const FileSchema = z.object({ entries: z.array(DoNotCallEntrySchema).catch([]) });

export interface DoNotCallStore {
  list(): DoNotCallEntry[];
  add(additions: readonly DoNotCallAddition[]): DoNotCallMerge;
  remove(phoneNumber: string): DoNotCallEntry[];
}

/** The numbers never to call, kept across campaigns in `do-not-call.json`. */
export function createDoNotCallStore(dataDir: string, now: () => number): DoNotCallStore {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: dataDir,
    name: 'do-not-call',
    clearInvalidConfig: false,
  });
  const list = () => FileSchema.parse(store.store).entries;
  return {
    list,
    add(additions) {
      const merged = mergeDoNotCall(list(), additions, now());
      if (merged.added > 0) store.set('entries', merged.entries);
      return merged;
    },
    remove(phoneNumber) {
      const entries = list().filter((entry) => entry.phoneNumber !== phoneNumber);
      store.set('entries', entries);
      return entries;
    },
  };
}
