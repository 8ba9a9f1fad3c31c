import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DraftState, DraftStore } from './draft-store';

const DraftStoreContext = createContext<DraftStore | null>(null);

export function DraftStoreProvider(props: { store: DraftStore; children: ReactNode }) {
  return (
    <DraftStoreContext.Provider value={props.store}>{props.children}</DraftStoreContext.Provider>
  );
}

/** The open draft's store, for changes made in an event handler. */
export function useDraftStore(): DraftStore {
  const store = useContext(DraftStoreContext);
  if (!store) throw new Error('useDraft needs a DraftStoreProvider');
  return store;
}

export function useDraft<T>(selector: (state: DraftState) => T): T {
  return useStore(useDraftStore(), selector);
}
