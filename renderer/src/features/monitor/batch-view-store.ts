import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract';
import {
  applyBatchUpdate,
  type BatchListItem,
  type BatchUpdate,
  type BatchView,
} from '../../../../shared/domain/results';
import { request, toAppError } from '../../api/callsheet';

interface BatchViewState {
  /** The batch open in the Monitor; null shows the list. */
  batchId: string | null;
  view: BatchView | null;
  error: AppErrorShape | null;
  open: (batchId: string) => void;
  close: () => void;
  /** Fetches the whole view again (first open, retry, or an update that did not fit). */
  reload: () => Promise<void>;
  receive: (update: BatchUpdate) => void;
  /** A cancel or retry answered with the new summary; the live update with the rows follows. */
  replaceSummary: (batch: BatchListItem) => void;
}

/**
 * The open batch, kept live: updates from main are applied as they come, and when one does not
 * fit the view held here (a missed update, or one without rows) the whole view is fetched again.
 */
export const useBatchView = create<BatchViewState>((set, get) => {
  /** The fetch under way, and the updates that came meanwhile, applied to what it brings. */
  let fetching: { batchId: string; held: BatchUpdate[] } | null = null;

  const fetchView = async (batchId: string) => {
    if (fetching?.batchId === batchId) return;
    const current = { batchId, held: [] as BatchUpdate[] };
    fetching = current;
    try {
      let view = await request('getBatchView', { batchId });
      for (const update of current.held) {
        if (update.version <= view.version) continue;
        const next = applyBatchUpdate(view, update);
        if (next === null) {
          view = await request('getBatchView', { batchId });
          break;
        }
        view = next;
      }
      if (get().batchId === batchId) set({ view, error: null });
    } catch (error) {
      if (get().batchId === batchId) set({ error: toAppError(error) });
    } finally {
      if (fetching === current) fetching = null;
    }
  };

  return {
    batchId: null,
    view: null,
    error: null,
    // The batch's screen fetches it once it has told main the batch is on screen, so that
    // main's updates carry the rows from the start.
    open: (batchId) => set({ batchId, view: null, error: null }),
    close: () => set({ batchId: null, view: null, error: null }),
    reload: async () => {
      const { batchId } = get();
      if (batchId !== null) await fetchView(batchId);
    },
    receive: (update) => {
      const { batchId, view } = get();
      if (update.batchId !== batchId) return;
      if (fetching?.batchId === update.batchId) {
        fetching.held.push(update);
        return;
      }
      // Older than what is shown: it came in behind a fetch that already had it.
      if (view === null || update.version <= view.version) return;
      const next = applyBatchUpdate(view, update);
      if (next) set({ view: next });
      else void fetchView(update.batchId);
    },
    replaceSummary: (batch) => {
      const { view } = get();
      if (view?.batch.id !== batch.id) return;
      const { campaign, ...summary } = batch;
      set({ view: { ...view, batch: summary, campaign } });
    },
  };
});
