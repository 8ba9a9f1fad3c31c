import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { RecipientState, RecipientStore } from './recipient-store';

const RecipientStoreContext = createContext<RecipientStore | null>(null);

/** Makes one open draft's recipient store available to the editor's components. */
export function RecipientStoreProvider(props: { store: RecipientStore; children: ReactNode }) {
  return (
    <RecipientStoreContext.Provider value={props.store}>
      {props.children}
    </RecipientStoreContext.Provider>
  );
}

export function useRecipientStore(): RecipientStore {
  const store = useContext(RecipientStoreContext);
  if (!store) throw new Error('useRecipientStore needs a RecipientStoreProvider');
  return store;
}

export function useRecipients<T>(selector: (state: RecipientState) => T): T {
  return useStore(useRecipientStore(), selector);
}
