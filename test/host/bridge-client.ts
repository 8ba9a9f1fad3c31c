// Runs in the page served by the test host, before the app: it gives the page the same
// `window.callsheet` the Electron preload would, carried over a loopback WebSocket.
import { channelNames, eventNames } from '../../shared/contract';
import {
  BRIDGE_SOCKET_PATH,
  TOKEN_PARAM,
  type ClientMessage,
  type ServerMessage,
} from './bridge-protocol';

const TOKEN_KEY = 'callsheet-test-host-token';
const fromUrl = new URLSearchParams(location.search).get(TOKEN_PARAM);
if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';

const pending = new Map<number, (envelope: unknown) => void>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
let nextId = 1;

function connect(): Promise<WebSocket> {
  const url = `ws://${location.host}${BRIDGE_SOCKET_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  const socket = new WebSocket(url);
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data)) as ServerMessage;
    if ('id' in data) {
      pending.get(data.id)?.(data.envelope);
      pending.delete(data.id);
    } else {
      listeners.get(data.event)?.forEach((listener) => listener(data.payload));
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) {
      resolve({
        ok: false,
        error: { code: 'offline', message: 'Lost the connection to the Callsheet test host.' },
      });
    }
    pending.clear();
  });
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error('bridge socket failed')), {
      once: true,
    });
  });
}

const socketReady = connect();

const requests = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    async (input: unknown) => {
      const socket = await socketReady;
      const id = nextId++;
      const message: ClientMessage = { id, channel, input: input ?? {} };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify(message));
      });
    },
  ]),
);
const on = Object.fromEntries(
  eventNames.map((name) => [
    name,
    (listener: (payload: unknown) => void) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  ]),
);

Object.defineProperty(window, 'callsheet', {
  value: Object.freeze({ ...requests, on: Object.freeze(on) }),
  writable: false,
  configurable: false,
});
