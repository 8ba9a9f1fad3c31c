import { contextBridge, ipcRenderer } from 'electron';
import {
  channelNames,
  eventNames,
  ipcChannelName,
  ipcEventName,
  type CallsheetBridge,
} from '../../shared/contract';

// Built from the contract's names only: one method per channel, one subscription per event,
// and no way to reach any other IPC channel from the page.
const requests = Object.fromEntries(
  channelNames.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(ipcChannelName(name), input ?? {}),
  ]),
);
const on = Object.fromEntries(
  eventNames.map((name) => [
    name,
    (listener: (payload: unknown) => void) => {
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(ipcEventName(name), wrapped);
      return () => {
        ipcRenderer.removeListener(ipcEventName(name), wrapped);
      };
    },
  ]),
);

contextBridge.exposeInMainWorld('callsheet', { ...requests, on } as unknown as CallsheetBridge);
