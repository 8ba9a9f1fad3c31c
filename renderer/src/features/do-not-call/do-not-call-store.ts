import { create } from 'zustand';
import type { AppErrorShape, ChannelOutput } from '../../../../shared/contract';
import type { DoNotCallEntry } from '../../../../shared/domain/launch';
import type { CountryCode } from '../../../../shared/domain/recipients';
import { request, toAppError } from '../../api/callsheet';

export type DoNotCallUpdate = ChannelOutput<'addDoNotCall'>;

interface DoNotCallState {
  /** Null until first loaded. */
  entries: readonly DoNotCallEntry[] | null;
  loadError: AppErrorShape | null;
  load: () => Promise<void>;
  // The changes below throw a CallsheetError, so the form that asked can show why.
  add: (numbers: string[], defaultCountry: CountryCode, note: string) => Promise<DoNotCallUpdate>;
  importText: (text: string, defaultCountry: CountryCode) => Promise<DoNotCallUpdate>;
  remove: (phoneNumber: string) => Promise<void>;
}

/**
 * The numbers never to call, kept by main across campaigns. One store, so the settings list,
 * a recipient's "Add to do-not-call list" and the launch step's count always agree.
 */
export const useDoNotCall = create<DoNotCallState>((set) => ({
  entries: null,
  loadError: null,
  load: async () => {
    try {
      const { entries } = await request('listDoNotCall', {});
      set({ entries, loadError: null });
    } catch (error) {
      set({ loadError: toAppError(error) });
    }
  },
  add: async (numbers, defaultCountry, note) => {
    const trimmed = note.trim();
    const update = await request('addDoNotCall', {
      numbers,
      defaultCountry,
      ...(trimmed ? { note: trimmed } : {}),
    });
    set({ entries: update.entries, loadError: null });
    return update;
  },
  importText: async (text, defaultCountry) => {
    const update = await request('importDoNotCall', { text, defaultCountry });
    set({ entries: update.entries, loadError: null });
    return update;
  },
  remove: async (phoneNumber) => {
    const { entries } = await request('removeDoNotCall', { phoneNumber });
    set({ entries, loadError: null });
  },
}));
