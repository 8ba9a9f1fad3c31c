import { create } from 'zustand';

export const sections = ['campaigns', 'monitor', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationState {
  section: Section;
  go: (section: Section) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  section: 'campaigns',
  go: (section) => set({ section }),
}));
