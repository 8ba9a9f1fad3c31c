import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../electron/main/ipc/dispatch';
import { registerIpc } from '../../../electron/main/ipc/register-ipc.electron';
import { channelNames, ipcChannelName, type ChannelName } from '../../../shared/contract';
import { APP_PAGE, fakeIpcMain, frame, fromAppPage, fromMainFrame } from './fake-ipc-main';
import { validInputs } from './valid-inputs';

function adapter() {
  const ran: ChannelName[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async () => {
        ran.push(name);
        return { name: 'Callsheet', version: '1.0.0' };
      },
    ]),
  ) as unknown as Handlers;
  const ipc = fakeIpcMain();
  const unregister = registerIpc(ipc.registry, handlers, () => APP_PAGE, {});
  return { ipc, ran, unregister };
}

const ownPage = frame(APP_PAGE);
const strangers = {
  'a subframe of the app’s page': { senderFrame: frame(APP_PAGE), sender: fromAppPage().sender },
  'a page on another site': fromMainFrame(frame('https://evil.example/callsheet')),
  'another local file': fromMainFrame(frame('file:///tmp/downloaded.html')),
  'a frame that is gone': { senderFrame: null, sender: fromAppPage().sender },
  'a destroyed frame': fromMainFrame(frame(APP_PAGE, { destroyed: true })),
  'a frame detached while navigating': fromMainFrame(frame(APP_PAGE, { detached: true })),
  'a closed window': fromMainFrame(ownPage, true),
};

describe('the Electron IPC adapter', () => {
  it('registers every channel of the contract under its namespaced name', () => {
    const { ipc, unregister } = adapter();
    expect(ipc.registered()).toEqual(channelNames.map(ipcChannelName));
    unregister();
    expect(ipc.registered()).toEqual([]);
  });

  it('answers the app’s own page', async () => {
    const { ipc, ran } = adapter();
    expect(await ipc.invoke('getAppInfo', fromAppPage(), {})).toEqual({
      ok: true,
      value: { name: 'Callsheet', version: '1.0.0' },
    });
    expect(ran).toEqual(['getAppInfo']);
  });

  for (const [who, event] of Object.entries(strangers)) {
    it(`refuses ${who} on every channel, before reading its input`, async () => {
      const { ipc, ran } = adapter();
      for (const name of channelNames) {
        expect(await ipc.invoke(name, event, validInputs[name]), name).toMatchObject({
          ok: false,
          error: { code: 'forbidden_sender' },
        });
      }
      expect(ran).toEqual([]);
    });
  }
});
