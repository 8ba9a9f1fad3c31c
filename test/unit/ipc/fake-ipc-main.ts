import type { InvokeEvent, IpcRegistry } from '../../../electron/main/ipc/register-ipc.electron';
import { ipcChannelName, type ChannelName, type Envelope } from '../../../shared/contract';

type Listener = Parameters<IpcRegistry['handle']>[1];
type Frame = NonNullable<InvokeEvent['senderFrame']>;

export const APP_PAGE = 'file:///opt/Callsheet/resources/app.asar/out/renderer/index.html';

/** Stands in for Electron's ipcMain: keeps the registered handlers and lets a test invoke them. */
export function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const registry: IpcRegistry = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`${channel} registered twice`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => listeners.delete(channel),
  };
  return {
    registry,
    registered: () => [...listeners.keys()],
    invoke(name: ChannelName, event: InvokeEvent, input: unknown): Promise<Envelope<unknown>> {
      const listener = listeners.get(ipcChannelName(name));
      if (!listener) throw new Error(`No handler for ${name}`);
      return listener(event, input);
    },
  };
}

export function frame(url: string, state: { destroyed?: boolean; detached?: boolean } = {}): Frame {
  return { url, detached: state.detached ?? false, isDestroyed: () => state.destroyed ?? false };
}

/** A message from the top-level page of a window showing `mainFrame`. */
export function fromMainFrame(mainFrame: Frame, windowClosed = false): InvokeEvent {
  return { senderFrame: mainFrame, sender: { mainFrame, isDestroyed: () => windowClosed } };
}

/** The app's own page, as Electron reports it when the renderer calls window.callsheet. */
export function fromAppPage(): InvokeEvent {
  return fromMainFrame(frame(`${APP_PAGE}#/campaigns`));
}
