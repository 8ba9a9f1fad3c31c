import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  CampaignDraft,
  DraftSettings,
  LaunchRecord,
} from '../../../../../shared/domain/drafts/draft';
import type { SaveStatus } from './autosave';

export interface DraftState {
  id: string;
  launch: LaunchRecord | null;
  settings: DraftSettings;
  save: SaveStatus;
  update: (patch: Partial<DraftSettings>) => void;
}

export type DraftStore = StoreApi<DraftState>;

export function createDraftStore(draft: CampaignDraft): DraftStore {
  const { id, launch, createdAt, updatedAt, revision, recipients, ...settings } = draft;
  return createStore<DraftState>()((set, get) => ({
    id,
    launch,
    settings,
    save: { kind: 'saved', at: updatedAt },
    update: (patch) => {
      // A launched campaign is a record of what was sent; it never changes.
      if (get().launch) return;
      set((state) => ({ settings: { ...state.settings, ...patch } }));
    },
  }));
}
