import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract';
import { toAppError } from '../../api/callsheet';
import { i18next } from '../../i18n/i18n';
import { showToast } from '../toast-store';

/** What every listed record has: campaign drafts and tasks alike. */
export interface ListedRecord {
  id: string;
  name: string;
  updatedAt: number;
}

/** How one kind of record is listed, made, renamed, copied, deleted and brought back. */
export interface RecordListSource<R extends ListedRecord, P> {
  list: () => Promise<{ records: R[]; problems: P[] }>;
  create: () => Promise<{ id: string }>;
  /** Resolves to what changed in the listed record. */
  rename: (id: string, name: string) => Promise<Partial<R>>;
  duplicate: (id: string) => Promise<R>;
  remove: (id: string) => Promise<unknown>;
  restore: (id: string) => Promise<R>;
  /** The toasts' words, whose grammar differs by kind of record. */
  copiedText: (name: string) => string;
  deletedText: (name: string) => string;
}

export interface RecordListState<R extends ListedRecord, P> {
  /** Newest edit first; null until the first load. */
  records: R[] | null;
  problems: P[];
  error: AppErrorShape | null;
  creating: boolean;
  load: () => Promise<void>;
  create: () => Promise<string | null>;
  /** Resolves to the problem to show next to the name field, or null when renamed. */
  rename: (id: string, name: string) => Promise<AppErrorShape | null>;
  duplicate: (id: string) => Promise<void>;
  /** Deletes at once and offers an undo in the toast. */
  remove: (record: R) => Promise<void>;
}

const newestFirst = <R extends ListedRecord>(records: R[]) =>
  [...records].sort((a, b) => b.updatedAt - a.updatedAt);

function replaced<R extends ListedRecord>(records: R[] | null, record: R): R[] {
  return newestFirst([...(records ?? []).filter((other) => other.id !== record.id), record]);
}

/** A list screen's store: the records newest first, the files that could not be read, errors. */
export function createRecordListStore<R extends ListedRecord, P>(source: RecordListSource<R, P>) {
  return create<RecordListState<R, P>>((set) => ({
    records: null,
    problems: [],
    error: null,
    creating: false,
    load: async () => {
      try {
        const { records, problems } = await source.list();
        set({ records: newestFirst(records), problems, error: null });
      } catch (error) {
        set({ error: toAppError(error) });
      }
    },
    create: async () => {
      set({ creating: true, error: null });
      try {
        const record = await source.create();
        return record.id;
      } catch (error) {
        set({ error: toAppError(error) });
        return null;
      } finally {
        set({ creating: false });
      }
    },
    rename: async (id, name) => {
      try {
        const changes = await source.rename(id, name);
        set((state) => {
          const listed = state.records?.find((record) => record.id === id);
          return listed ? { records: replaced(state.records, { ...listed, ...changes }) } : {};
        });
        return null;
      } catch (error) {
        return toAppError(error);
      }
    },
    duplicate: async (id) => {
      try {
        const copy = await source.duplicate(id);
        set((state) => ({ records: replaced(state.records, copy), error: null }));
        showToast(source.copiedText(copy.name));
      } catch (error) {
        set({ error: toAppError(error) });
      }
    },
    remove: async (record) => {
      try {
        await source.remove(record.id);
      } catch (error) {
        set({ error: toAppError(error) });
        return;
      }
      set((state) => ({
        records: (state.records ?? []).filter((other) => other.id !== record.id),
      }));
      showToast(source.deletedText(record.name), {
        label: i18next.t('common:actions.undo'),
        run: () => {
          source
            .restore(record.id)
            .then((restored) => set((state) => ({ records: replaced(state.records, restored) })))
            .catch((error: unknown) => set({ error: toAppError(error) }));
        },
      });
    },
  }));
}
