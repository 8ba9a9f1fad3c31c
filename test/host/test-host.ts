import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { WebSocketServer, type WebSocket } from 'ws';
import { createHash } from 'node:crypto';
import { createHandlers } from '../../electron/main/handlers';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { dispatchOptionsFor } from '../../electron/main/ipc/dispatch-options';
import type { EventSink } from '../../electron/main/services/events';
import { createMainServices, type MainServices } from '../../electron/main/services/main-services';
import type { Platform } from '../../electron/main/services/platform';
import { startSandboxServer, type SandboxServer } from '../../electron/main/services/sandbox';
import { createKeychainSecretStore } from '../../electron/main/services/secrets/keychain-secret-store';
import {
  BRIDGE_SCRIPT_PATH,
  BRIDGE_SOCKET_PATH,
  TOKEN_PARAM,
  type ClientMessage,
  type ServerMessage,
} from './bridge-protocol';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..', '..');

export interface TestHostOptions {
  /** The app data folder (settings, drafts, logs). */
  dataDir: string;
  /** Built renderer to serve; defaults to electron-vite's output. */
  rendererDir?: string;
  port?: number;
  /** Start already connected to the sandbox, as `npm run preview` does. */
  sandbox?: boolean;
  /**
   * Run a second sandbox server standing in for the real ElevenLabs API, so the "paste your
   * key" flow can be tested end to end. Its key is reported in `fakeLive`.
   */
  fakeLive?: boolean;
  requestTimeoutSeconds?: number;
  /**
   * Sandbox seconds per real second for the "Try the sandbox" workspace (default 1, real
   * time), so tests of calls that take minutes can run them in seconds.
   */
  sandboxTimeScale?: number;
}

export interface TestHost {
  /** The page to open, token included. */
  url: string;
  origin: string;
  services: MainServices;
  /** The stand-in for the real API, when `fakeLive` was asked for. */
  fakeLive: SandboxServer | null;
  /** The "Try the sandbox" workspace as last started, for tests to script its calls. */
  sandbox(): SandboxServer | null;
  /** What the app asked the desktop to do (open a folder, copy text). */
  platformCalls: string[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

async function bundleBridgeClient(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'bridge-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('bridge client did not build');
  return file.text;
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves the built renderer and bridges the contract over a token-protected loopback WebSocket
 * to the very handlers and services the Electron main process uses.
 */
export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const rendererDir = options.rendererDir ?? join(repoRoot, 'out', 'renderer');
  const token = randomBytes(24).toString('hex');
  const bridgeScript = await bundleBridgeClient();
  const sockets = new Set<WebSocket>();

  const emit: EventSink = (event, payload) => {
    const message: ServerMessage = { event, payload };
    const text = JSON.stringify(message);
    for (const socket of sockets) socket.send(text);
  };
  const platformCalls: string[] = [];
  const platform: Platform = {
    openPath: async (path) => {
      platformCalls.push(`openPath ${path}`);
    },
    writeClipboard: (text) => {
      platformCalls.push(`writeClipboard ${text.length} chars`);
    },
    notify: (title, body) => {
      platformCalls.push(`notify ${title}: ${body}`);
    },
  };
  const fakeLive = options.fakeLive ? await startSandboxServer() : null;
  let sandbox: SandboxServer | null = null;
  const startSandbox = async () => {
    sandbox = await startSandboxServer(
      options.sandboxTimeScale === undefined ? {} : { timeScale: options.sandboxTimeScale },
    );
    return sandbox;
  };
  const services = createMainServices({
    appInfo: { name: 'Callsheet', version: process.env['npm_package_version'] ?? '0.0.0' },
    dataDir: options.dataDir,
    // The real OS keychain, under an entry of this data folder's own so tests never meet a
    // user's key or each other's.
    secrets: createKeychainSecretStore({
      service: `Callsheet test host ${createHash('sha256').update(options.dataDir).digest('hex').slice(0, 12)}`,
    }),
    platform,
    emit,
    startSandbox,
    ...(fakeLive ? { liveBaseUrl: fakeLive.url } : {}),
    ...(options.requestTimeoutSeconds
      ? { requestTimeoutSeconds: options.requestTimeoutSeconds }
      : {}),
  });
  const handlers = createHandlers(services);
  const dispatchOptions = dispatchOptionsFor(services);
  await services.workspace.restore();
  if (options.sandbox && services.workspace.status().mode === 'none') {
    await services.workspace.connectSandbox();
  }

  const serveFile = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === BRIDGE_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' });
      response.end(bridgeScript);
      return;
    }
    const relative =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(rendererDir, relative));
    if (!file.startsWith(rendererDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (relative === 'index.html') {
        // The bridge must exist before the app's module script runs.
        body = body
          .toString('utf8')
          .replace('<script', `<script src="${BRIDGE_SCRIPT_PATH}"></script>\n    <script`);
      }
      response.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  };

  const server = createServer((request, response) => {
    void serveFile(request, response);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  let origin = '';

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const allowed =
      url.pathname === BRIDGE_SOCKET_PATH &&
      sameToken(url.searchParams.get(TOKEN_PARAM), token) &&
      request.headers.origin === origin;
    if (!allowed) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        void (async () => {
          let message: ClientMessage;
          try {
            message = JSON.parse(String(data)) as ClientMessage;
          } catch {
            return;
          }
          const envelope = await dispatch(
            handlers,
            String(message.channel),
            message.input,
            dispatchOptions,
          );
          const reply: ServerMessage = { id: message.id, envelope };
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
        })();
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?${TOKEN_PARAM}=${token}`,
    origin,
    services,
    fakeLive,
    sandbox: () => sandbox,
    platformCalls,
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.dispose();
      await fakeLive?.close();
    },
  };
}
