import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract';
import type { DraftProblem } from '../../../../shared/domain/drafts/draft';
import type { BatchListItem, BatchUpdate } from '../../../../shared/domain/results';
import { request, toAppError } from '../../api/callsheet';

interface BatchListState {
  /** Newest first; null until the first page came. */
  batches: BatchListItem[] | null;
  /** Where the next page starts; null when there is none. */
  nextCursor: string | null;
  /** Saved results found unreadable, each moved aside. */
  problems: DraftProblem[];
  loading: boolean;
  error: AppErrorShape | null;
  /** The first page again, as when the Monitor opens. */
  load: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** Asks again for the page that failed. */
  retry: () => Promise<void>;
  /** A batch changed (an action on it, or a live update). */
  replace: (batch: BatchListItem) => void;
  receive: (update: BatchUpdate) => void;
  remove: (batchId: string) => void;
}

/** Deleted here, so a poll already under way cannot bring them back into the list. */
const deleted = new Set<string>();

export const useBatchList = create<BatchListState>((set, get) => {
  let lastCursor: string | null = null;

  const fetchPage = async (cursor: string | null) => {
    lastCursor = cursor;
    set({ loading: true, error: null });
    try {
      const page = await request('listBatches', cursor ? { cursor } : {});
      set((state) => ({
        batches: cursor ? [...(state.batches ?? []), ...page.batches] : page.batches,
        nextCursor: page.nextCursor,
        problems: page.problems,
      }));
    } catch (error) {
      set({ error: toAppError(error) });
    } finally {
      set({ loading: false });
    }
  };

  return {
    batches: null,
    nextCursor: null,
    problems: [],
    loading: false,
    error: null,
    load: () => fetchPage(null),
    loadMore: async () => {
      const { nextCursor, loading } = get();
      if (nextCursor && !loading) await fetchPage(nextCursor);
    },
    retry: () => fetchPage(lastCursor),
    replace: (batch) =>
      set((state) => ({
        batches:
          state.batches?.map((item) => (item.id === batch.id ? batch : item)) ?? state.batches,
      })),
    receive: (update) => {
      if (deleted.has(update.batchId)) return;
      const item: BatchListItem = { ...update.batch, campaign: update.campaign };
      const { batches } = get();
      if (batches === null) return;
      if (batches.some((batch) => batch.id === item.id)) get().replace(item);
      // A batch not listed yet that is newer than all listed was just launched; an older one
      // belongs on a page not loaded yet.
      else if (item.createdAt >= (batches[0]?.createdAt ?? 0)) set({ batches: [item, ...batches] });
    },
    remove: (batchId) => {
      deleted.add(batchId);
      set((state) => ({ batches: state.batches?.filter((batch) => batch.id !== batchId) ?? null }));
    },
  };
});
