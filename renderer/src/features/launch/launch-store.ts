import { create } from 'zustand';
import type { ChannelOutput } from '../../../../shared/contract';
import { DEFAULT_ESTIMATE_TEXTS, type EstimateTexts } from './estimate-inputs';

export type LaunchOutcome = ChannelOutput<'launchCampaign'>;
export type TestCallStarted = ChannelOutput<'placeTestCall'>;

/** What the user chose on one draft's Launch step. */
export interface DraftLaunchState {
  /** People left out of this launch by the user. */
  excludedIds: ReadonlySet<string>;
  estimate: EstimateTexts;
  /** The test call being followed. */
  testCall: TestCallStarted | null;
  /** What the launch sent, to show once the editor reopens the draft read-only. */
  outcome: LaunchOutcome | null;
}

const INITIAL: DraftLaunchState = {
  excludedIds: new Set(),
  estimate: DEFAULT_ESTIMATE_TEXTS,
  testCall: null,
  outcome: null,
};

interface LaunchStoreState {
  byDraft: Readonly<Record<string, DraftLaunchState>>;
}

// Kept outside the editor's components: "Fix in editor" switches tabs, and a choice made here
// (who is left out, the followed test call) must still be there on coming back.
const useLaunchStore = create<LaunchStoreState>(() => ({ byDraft: {} }));

export function useDraftLaunch<T>(draftId: string, select: (state: DraftLaunchState) => T): T {
  return useLaunchStore((state) => select(state.byDraft[draftId] ?? INITIAL));
}

export function updateDraftLaunch(
  draftId: string,
  change: (state: DraftLaunchState) => Partial<DraftLaunchState>,
): void {
  useLaunchStore.setState((state) => {
    const current = state.byDraft[draftId] ?? INITIAL;
    return { byDraft: { ...state.byDraft, [draftId]: { ...current, ...change(current) } } };
  });
}
