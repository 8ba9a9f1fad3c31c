import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  AppError,
  channelNames,
  ipcChannelName,
  ipcEventName,
  type Envelope,
} from '../../../shared/contract';
import type { EventSink } from '../services/events';
import { dispatch, type DispatchOptions, type Handlers } from './dispatch';
import { isTrustedSender } from './sender-policy';

function senderInfo(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

/** Wires every contract channel to its handler, refusing callers that are not the app's page. */
export function registerIpc(
  handlers: Handlers,
  rendererUrl: () => string,
  options: DispatchOptions,
): () => void {
  for (const name of channelNames) {
    ipcMain.handle(
      ipcChannelName(name),
      async (event, input: unknown): Promise<Envelope<unknown>> => {
        if (!isTrustedSender(senderInfo(event), rendererUrl())) {
          return {
            ok: false,
            error: new AppError(
              'forbidden_sender',
              'This page may not talk to Callsheet.',
            ).toShape(),
          };
        }
        return dispatch(handlers, name, input, options);
      },
    );
  }
  return () => {
    for (const name of channelNames) ipcMain.removeHandler(ipcChannelName(name));
  };
}

export function webContentsEventSink(target: () => WebContents | null): EventSink {
  return (name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(ipcEventName(name), payload);
  };
}
