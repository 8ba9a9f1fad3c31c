import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract';
import type { DraftProblem, DraftSummary } from '../../../../shared/domain/drafts/draft';
import { request, toAppError } from '../../api/callsheet';
import { i18next } from '../../i18n/i18n';
import { showToast } from '../../ui/toast-store';
import { whenEditorsSaved } from './editor/autosave';

interface DraftListState {
  /** Newest edit first; null until the first load. */
  drafts: DraftSummary[] | null;
  problems: DraftProblem[];
  error: AppErrorShape | null;
  creating: boolean;
  load: () => Promise<void>;
  create: () => Promise<string | null>;
  /** Resolves to the problem to show next to the name field, or null when renamed. */
  rename: (id: string, name: string) => Promise<AppErrorShape | null>;
  duplicate: (id: string) => Promise<void>;
  remove: (draft: DraftSummary) => Promise<void>;
}

const newestFirst = (drafts: DraftSummary[]) =>
  [...drafts].sort((a, b) => b.updatedAt - a.updatedAt);

function replaced(drafts: DraftSummary[] | null, summary: DraftSummary): DraftSummary[] {
  return newestFirst([...(drafts ?? []).filter((draft) => draft.id !== summary.id), summary]);
}

export const useDraftList = create<DraftListState>((set) => ({
  drafts: null,
  problems: [],
  error: null,
  creating: false,
  load: async () => {
    // An editor that just closed may still be saving; list what it saved.
    await whenEditorsSaved();
    try {
      const { drafts, problems } = await request('listDrafts', {});
      set({ drafts: newestFirst(drafts), problems, error: null });
    } catch (error) {
      set({ error: toAppError(error) });
    }
  },
  create: async () => {
    set({ creating: true, error: null });
    try {
      const draft = await request('createDraft', {});
      return draft.id;
    } catch (error) {
      set({ error: toAppError(error) });
      return null;
    } finally {
      set({ creating: false });
    }
  },
  rename: async (id, name) => {
    try {
      const summary = await request('renameDraft', { id, name });
      set((state) => ({ drafts: replaced(state.drafts, summary) }));
      return null;
    } catch (error) {
      return toAppError(error);
    }
  },
  duplicate: async (id) => {
    try {
      const summary = await request('duplicateDraft', { id });
      set((state) => ({ drafts: replaced(state.drafts, summary), error: null }));
      showToast(i18next.t('campaigns:list.copied', { name: summary.name }));
    } catch (error) {
      set({ error: toAppError(error) });
    }
  },
  remove: async (draft) => {
    try {
      await request('deleteDraft', { id: draft.id });
    } catch (error) {
      set({ error: toAppError(error) });
      return;
    }
    set((state) => ({ drafts: (state.drafts ?? []).filter((other) => other.id !== draft.id) }));
    showToast(i18next.t('campaigns:list.deleted', { name: draft.name }), {
      label: i18next.t('common:actions.undo'),
      run: () => {
        request('restoreDraft', { id: draft.id })
          .then((summary) => set((state) => ({ drafts: replaced(state.drafts, summary) })))
          .catch((error: unknown) => set({ error: toAppError(error) }));
      },
    });
  },
}));
