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
  const { id, launch, name, agent, phoneNumber, defaultCountry, variables, schedule, bindings } =
    draft;
  return createStore<DraftState>()((set, get) => ({
    id,
    launch,
    settings: { name, agent, phoneNumber, defaultCountry, variables, schedule, bindings },
    save: { kind: 'saved', at: draft.updatedAt },
    update: (patch) => {
      // A launched campaign is a record of what was sent; it never changes.
      if (get().launch) return;
      set((state) => ({ settings: { ...state.settings, ...patch } }));
    },
  }));
}
