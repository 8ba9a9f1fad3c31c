import { create } from 'zustand';

export const sections = ['campaigns', 'monitor', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationState {
  section: Section;
  /** The campaign draft open in the editor; kept while visiting other sections. */
  openDraftId: string | null;
  go: (section: Section) => void;
  openDraft: (id: string) => void;
  closeDraft: () => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  section: 'campaigns',
  openDraftId: null,
  go: (section) => set({ section }),
  openDraft: (id) => set({ section: 'campaigns', openDraftId: id }),
  closeDraft: () => set({ openDraftId: null }),
}));
