import type { WebContents } from 'electron';
import {
  AppError,
  channelNames,
  ipcChannelName,
  ipcEventName,
  type Envelope,
} from '../../../shared/contract';
import type { EventSink } from '../services/events';
import { dispatch, type DispatchOptions, type Handlers } from './dispatch';
import { isTrustedSender, type SenderInfo } from './sender-policy';

/** What the adapter reads of a frame (Electron's WebFrameMain). */
interface Frame {
  readonly url: string;
  readonly detached: boolean;
  isDestroyed(): boolean;
}

/** What the adapter reads of an invoke event (Electron's IpcMainInvokeEvent). */
export interface InvokeEvent {
  /** Null once the frame navigated away or was destroyed. */
  readonly senderFrame: Frame | null;
  readonly sender: { readonly mainFrame: Frame; isDestroyed(): boolean };
}

/** The part of Electron's ipcMain the adapter uses; passed in so the adapter runs under test. */
export interface IpcRegistry {
  handle(
    channel: string,
    listener: (event: InvokeEvent, input: unknown) => Promise<Envelope<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

function senderInfo(event: InvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  // A frame being torn down (or a closed window) is no longer the app's page.
  if (!frame || frame.isDestroyed() || frame.detached || event.sender.isDestroyed()) {
    return { frameUrl: null, isMainFrame: false };
  }
  return { frameUrl: frame.url, isMainFrame: frame === event.sender.mainFrame };
}

/** Wires every contract channel to its handler, refusing callers that are not the app's page. */
export function registerIpc(
  ipc: IpcRegistry,
  handlers: Handlers,
  rendererUrl: () => string,
  options: DispatchOptions,
): () => void {
  for (const name of channelNames) {
    ipc.handle(ipcChannelName(name), async (event, input): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(senderInfo(event), rendererUrl())) {
        return {
          ok: false,
          error: new AppError('forbidden_sender', 'This page may not talk to Callsheet.').toShape(),
        };
      }
      return dispatch(handlers, name, input, options);
    });
  }
  return () => {
    for (const name of channelNames) ipc.removeHandler(ipcChannelName(name));
  };
}

export function webContentsEventSink(target: () => WebContents | null): EventSink {
  return (name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(ipcEventName(name), payload);
  };
}
