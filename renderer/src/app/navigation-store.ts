import { create } from 'zustand';

export const sections = ['campaigns', 'monitor', 'tasks', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationState {
  section: Section;
  /** The campaign draft open in the editor; kept while visiting other sections. */
  openDraftId: string | null;
  /** The call task open in its editor; kept while visiting other sections. */
  openTaskId: string | null;
  go: (section: Section) => void;
  openDraft: (id: string) => void;
  closeDraft: () => void;
  openTask: (id: string) => void;
  closeTask: () => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  section: 'campaigns',
  openDraftId: null,
  openTaskId: null,
  go: (section) => set({ section }),
  openDraft: (id) => set({ section: 'campaigns', openDraftId: id }),
  closeDraft: () => set({ openDraftId: null }),
  openTask: (id) => set({ section: 'tasks', openTaskId: id }),
  closeTask: () => set({ openTaskId: null }),
}));
